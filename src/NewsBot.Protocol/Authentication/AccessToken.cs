using System.Text.Json;

namespace NewsBot.Protocol.Authentication;

/// <summary>A fetched token and when to fetch the next one.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RenewAt)
{
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Reads an OAuth2 token response: <c>access_token</c> with <c>expires_in</c> (seconds) or, from managed identity
    /// endpoints, <c>expires_on</c> (Unix seconds); either may be a number or a string. Renewal is due five minutes
    /// before expiry, or half-way through a shorter lifetime.
    /// </summary>
    public static AccessToken Read(JsonElement response, DateTimeOffset now)
    {
        if (!response.TryGetProperty("access_token", out var value) || value.GetString() is not { Length: > 0 } token)
        {
            throw new BotTokenException("The token response has no access_token.");
        }

        var expiresAt = Seconds(response, "expires_in") is { } expiresIn
            ? now.AddSeconds(expiresIn)
            : Seconds(response, "expires_on") is { } expiresOn
                ? DateTimeOffset.FromUnixTimeSeconds(expiresOn)
                : throw new BotTokenException("The token response says neither expires_in nor expires_on.");

        var lifetime = expiresAt - now;
        var margin = lifetime / 2 < RenewalMargin ? lifetime / 2 : RenewalMargin;
        return new AccessToken(token, expiresAt - margin);
    }

    private static long? Seconds(JsonElement response, string name)
    {
        if (!response.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), out var parsed) => parsed,
            _ => null,
        };
    }
}
