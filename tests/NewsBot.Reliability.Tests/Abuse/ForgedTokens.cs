using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Reliability.Tests.Abuse;

// Tokens an attacker can make: unsigned, signed by another NewsBot's secret, or a real token edited after signing.
internal static class ForgedTokens
{
    private const string Issuer = "newsbot-directline";

    public static IEnumerable<(string How, string Token)> For(string conversationId, string realToken, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object> { ["conv"] = conversationId, ["purpose"] = "conversation", ["user"] = "dl_attacker" };
        yield return ("signed with another bot's secret", Sign(claims, KeyFromSecret("another-newsbot-secret-0123456789"), now));
        yield return ("signed with a guessed key", Sign(claims, Encoding.UTF8.GetBytes(new string('k', 32)), now));
        yield return ("unsigned (alg none)", $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url(Payload(conversationId, now))}.");
        var parts = realToken.Split('.');
        yield return ("a real token with its payload edited", $"{parts[0]}.{Base64Url(Payload(conversationId, now.AddYears(1)))}.{parts[2]}");
        yield return ("a real token with its signature cut short", $"{parts[0]}.{parts[1]}.{parts[2][..^4]}");
        yield return ("a real token re-labelled HS512", $"{Base64Url("{\"alg\":\"HS512\",\"typ\":\"JWT\"}")}.{parts[1]}.{parts[2]}");
    }

    // As the server derives its signing key from a secret (HKDF-SHA256), so this is what another deployment would sign with.
    private static byte[] KeyFromSecret(string secret) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: null, info: Encoding.UTF8.GetBytes("NewsBot Direct Line token signing key v1"));

    private static string Sign(Dictionary<string, object> claims, byte[] key, DateTimeOffset now) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });

    private static string Payload(string conversationId, DateTimeOffset now) =>
        $"{{\"iss\":\"{Issuer}\",\"aud\":\"{Issuer}\",\"conv\":\"{conversationId}\",\"purpose\":\"conversation\",\"user\":\"dl_attacker\",\"nbf\":{now.ToUnixTimeSeconds()},\"exp\":{now.AddHours(1).ToUnixTimeSeconds()}}}";

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(json);
}
