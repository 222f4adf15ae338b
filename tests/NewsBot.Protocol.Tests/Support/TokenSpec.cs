using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Protocol.Tests.Support;

/// <summary>What to put in a test JWT; <see cref="Mint"/> signs it.</summary>
internal sealed record TokenSpec
{
    public required TestKey Key { get; init; }

    public required string Issuer { get; init; }

    public string? Audience { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset Expires { get; init; }

    public Dictionary<string, object> Claims { get; init; } = [];

    /// <summary>Signs with this key instead of <see cref="Key"/>'s while keeping its kid: a forged signature.</summary>
    public RSA? ForgeWith { get; init; }

    public string Mint()
    {
        var signingKey = new RsaSecurityKey(ForgeWith ?? Key.Rsa) { KeyId = Key.Kid };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            NotBefore = NotBefore.UtcDateTime,
            IssuedAt = NotBefore.UtcDateTime,
            Expires = Expires.UtcDateTime,
            Claims = Claims,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
