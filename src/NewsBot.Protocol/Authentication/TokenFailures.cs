using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Protocol.Authentication;

/// <summary>Turns token validation exceptions into reasons fit to log and to return to the caller (no token content).</summary>
internal static class TokenFailures
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException expired => $"The token expired at {expired.Expires:u}.",
        SecurityTokenNotYetValidException early => $"The token is not valid before {early.NotBefore:u}.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidIssuerException issuer => $"The token's issuer '{issuer.InvalidIssuer}' is not trusted.",
        SecurityTokenInvalidAudienceException audience => $"The token's audience '{audience.InvalidAudience}' is not this bot's MicrosoftAppId.",
        SecurityTokenInvalidAlgorithmException => "The token is not signed with RS256, RS384 or RS512.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        null => "The token is invalid.",
        _ => $"The token is invalid ({exception.GetType().Name}).",
    };
}
