using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NewsBot.Protocol.Authentication;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs signed with HMAC-SHA256 under a key derived from the secret (or a random
/// key kept in the database when there is no secret). The <c>user</c> claim is the plain user id, which is where
/// DirectLineJS and Web Chat read it to pin the user.
/// </summary>
internal sealed class DirectLineTokens(byte[] key, TimeProvider timeProvider)
{
    private const string Issuer = "newsbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string UserNameClaim = "user_name";
    private const string PurposeClaim = "purpose";
    private static readonly byte[] KeyInfo = Encoding.UTF8.GetBytes("NewsBot Direct Line token signing key v1");

    private readonly SymmetricSecurityKey _key = new(key);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>The signing key for <paramref name="secret"/>: HKDF-SHA256, so the secret itself never signs anything.</summary>
    public static byte[] DeriveKey(string secret) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: null, info: KeyInfo);

    public string Issue(string conversationId, string? userId, string? userName, TokenPurpose purpose, TimeSpan lifetime)
    {
        var now = timeProvider.GetUtcNow();
        // A random jti: two tokens issued within the same second (a refresh right after a start) still differ.
        var claims = new Dictionary<string, object>
        {
            [ConversationClaim] = conversationId,
            [PurposeClaim] = Purpose(purpose),
            [JwtRegisteredClaimNames.Jti] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)),
        };
        if (!string.IsNullOrEmpty(userId))
        {
            claims[UserClaim] = userId;
        }

        if (!string.IsNullOrEmpty(userName))
        {
            claims[UserNameClaim] = userName;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<TokenCheck> CheckAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            LifetimeValidator = TokenLifetime.Validator(timeProvider, TimeSpan.Zero),
        });
        if (!result.IsValid)
        {
            return new TokenCheck(result.Exception is SecurityTokenExpiredException ? TokenStatus.Expired : TokenStatus.Invalid, null);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId) || !jwt.TryGetPayloadValue<string>(PurposeClaim, out var purpose)
            || !DirectLineIds.IsWellFormedConversationId(conversationId) || Purpose(purpose) is not { } tokenPurpose)
        {
            return new TokenCheck(TokenStatus.Invalid, null);
        }

        var userId = jwt.TryGetPayloadValue<string>(UserClaim, out var user) ? user : null;
        var userName = jwt.TryGetPayloadValue<string>(UserNameClaim, out var name) ? name : null;
        return new TokenCheck(TokenStatus.Valid, new TokenClaims(conversationId, userId, userName, tokenPurpose, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero)));
    }

    private static string Purpose(TokenPurpose purpose) => purpose == TokenPurpose.Stream ? "stream" : "conversation";

    private static TokenPurpose? Purpose(string value) => value switch
    {
        "conversation" => TokenPurpose.Conversation,
        "stream" => TokenPurpose.Stream,
        _ => null,
    };
}
