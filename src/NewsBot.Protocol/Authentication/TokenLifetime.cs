using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Protocol.Authentication;

/// <summary>
/// Token lifetime check on the injected clock. It throws the library's own exceptions so that
/// <see cref="TokenFailures"/> can say whether the token expired or is not yet valid.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider timeProvider, TimeSpan clockSkew) =>
        (notBefore, expires, _, _) =>
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            if (expires is null)
            {
                throw new SecurityTokenNoExpirationException("The token has no expiry.");
            }

            if (notBefore is { } start && start > now + clockSkew)
            {
                throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = start };
            }

            if (expires.Value < now - clockSkew)
            {
                throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
            }

            return true;
        };
}
