using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Protocol.Authentication;

/// <summary>A key from a JWKS, with the channel ids it is endorsed for (empty: any channel).</summary>
internal sealed record SigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string> Endorsements);
