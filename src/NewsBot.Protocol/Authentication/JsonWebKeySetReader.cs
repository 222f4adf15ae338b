using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Protocol.Authentication;

/// <summary>
/// Reads the RSA signing keys of a JWKS document. Read by hand because the Bot Framework key set adds an
/// <c>endorsements</c> array to each key. Keys that are not usable RSA signing keys are skipped.
/// </summary>
internal static class JsonWebKeySetReader
{
    public static IReadOnlyDictionary<string, SigningKey> Read(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS document has no 'keys' array.");
        }

        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (TryRead(key) is { } signingKey)
            {
                result[signingKey.KeyId] = signingKey;
            }
        }

        return result;
    }

    private static SigningKey? TryRead(JsonElement key)
    {
        if (key.ValueKind != JsonValueKind.Object
            || String(key, "kty") != "RSA"
            || String(key, "use") is not (null or "sig")
            || String(key, "kid") is not { Length: > 0 } kid
            || String(key, "n") is not { Length: > 0 } modulus
            || String(key, "e") is not { Length: > 0 } exponent)
        {
            return null;
        }

        var parameters = new RSAParameters
        {
            Modulus = Base64UrlEncoder.DecodeBytes(modulus),
            Exponent = Base64UrlEncoder.DecodeBytes(exponent),
        };
        return new SigningKey(kid, new RsaSecurityKey(parameters) { KeyId = kid }, Endorsements(key));
    }

    private static string[] Endorsements(JsonElement key) =>
        key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array
            ? [.. endorsements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
