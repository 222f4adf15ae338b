using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Protocol.Tests.Support;

/// <summary>A locally generated RSA signing key and its JWKS entry.</summary>
internal sealed class TestKey(string kid, params string[] endorsements)
{
    public RSA Rsa { get; } = RSA.Create(2048);

    public string Kid { get; } = kid;

    public string[] Endorsements { get; } = endorsements;

    public object ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = Kid,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = Endorsements,
        };
    }
}
