namespace NewsBot.Protection;

// How fast one client address and one conversation may call the bot, bound from "RateLimits". Each is a token bucket:
// up to TokenLimit requests at once, then TokensPerPeriod more every ReplenishmentPeriod.
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    // Every request to /api/messages, /v3/directline and the page's token endpoint, per client address (IPv6 per /64).
    // Generous on purpose: many people can share one address (an office behind NAT, a channel's service); 20 a second
    // is far beyond a person and still stops a flood.
    public TokenBucket PerClient { get; set; } = new() { TokenLimit = 600, TokensPerPeriod = 20, ReplenishmentPeriod = TimeSpan.FromSeconds(1) };

    // Activities that run a turn (POST /api/messages, POST /v3/directline/conversations/{id}/activities), per
    // conversation: a burst of 20, then one every 2 seconds, faster than anyone types or clicks suggested actions.
    public TokenBucket PerConversation { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(2) };

    public IReadOnlyList<string> Validate() => [.. PerClient.Validate(nameof(PerClient)), .. PerConversation.Validate(nameof(PerConversation))];
}

internal sealed class TokenBucket
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; }

    public IReadOnlyList<string> Validate(string name)
    {
        var errors = new List<string>();
        var key = $"{RateLimitOptions.Section}:{name}";
        if (TokenLimit is < 1 or > 1_000_000)
        {
            errors.Add($"{key}:TokenLimit must be between 1 and 1000000 (it is {TokenLimit}).");
        }

        if (TokensPerPeriod < 1 || TokensPerPeriod > TokenLimit)
        {
            errors.Add($"{key}:TokensPerPeriod must be between 1 and TokenLimit (it is {TokensPerPeriod}).");
        }

        if (ReplenishmentPeriod < TimeSpan.FromMilliseconds(100) || ReplenishmentPeriod > TimeSpan.FromHours(1))
        {
            errors.Add($"{key}:ReplenishmentPeriod must be between 00:00:00.1 and 01:00:00 (it is {ReplenishmentPeriod}).");
        }

        return errors;
    }
}
