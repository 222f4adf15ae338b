using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Protocol.DirectLine;

namespace NewsBot.Protection;

// Recognises requests that carry the Direct Line secret: a site's backend minting tokens for all its visitors calls
// from one address, and the secret is a master key anyway, so its holder is not throttled.
internal sealed class SecretBearer(IOptions<DirectLineOptions> options)
{
    private readonly byte[]? _secretHash = string.IsNullOrEmpty(options.Value.Secret) ? null : Hash(options.Value.Secret);

    public bool IsPresentedBy(HttpRequest request)
    {
        const string Scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        return _secretHash is not null
            && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Hash(header[Scheme.Length..].Trim()), _secretHash);
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
