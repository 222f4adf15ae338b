namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Settings of the self-hosted Direct Line 3.0 server, bound from the <c>DirectLine</c> section. Check with
/// <see cref="Validate"/> (ValidateOnStart). The secret is never logged.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DirectLine";

    /// <summary>
    /// The master key for <c>tokens/generate</c> and secret-authorised calls. Empty: secret-authorised calls are refused
    /// and tokens are signed with a random key kept in the database, so only the page's token endpoint hands out tokens.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token is valid; it can be refreshed before then.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a client has to open a <c>streamUrl</c>.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The SQLite file of conversations and activities (WAL mode); relative paths are the host's business.</summary>
    public string DatabasePath { get; set; } = "data/directline.db";

    /// <summary>Conversations idle for longer than this are deleted with their activities.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the retention cleanup runs.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The bot's account in Direct Line conversations.</summary>
    public string BotId { get; set; } = "newsbot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "NewsBot";

    /// <summary>Largest activity a client may post, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Activities one conversation may post per minute before 429.</summary>
    public int ActivitiesPerMinute { get; set; } = 120;

    /// <summary>Conversations (and page tokens) one client address may start per minute before 429; secret holders are exempt.</summary>
    public int ConversationsPerMinute { get; set; } = 60;

    /// <summary>Most activities one <c>GET .../activities</c> returns; clients page on with the watermark.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Most WebSocket streams open at once, over all conversations.</summary>
    public int MaxStreams { get; set; } = 10_000;

    /// <summary>Origins (scheme://host[:port]) of other sites whose pages may call Direct Line and the token endpoint.</summary>
    public IList<string> AllowedOrigins { get; set; } = [];

    /// <summary>Every configuration problem, each a sentence naming the key; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Positive(errors, nameof(TokenLifetime), TokenLifetime);
        Positive(errors, nameof(StreamUrlLifetime), StreamUrlLifetime);
        Positive(errors, nameof(KeepAliveInterval), KeepAliveInterval);
        Positive(errors, nameof(Retention), Retention);
        Positive(errors, nameof(CleanupInterval), CleanupInterval);
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            errors.Add("DirectLine:DatabasePath is empty.");
        }

        if (string.IsNullOrWhiteSpace(BotId))
        {
            errors.Add("DirectLine:BotId is empty.");
        }

        if (Secret is { Length: > 0 and < 16 })
        {
            errors.Add("DirectLine:Secret is shorter than 16 characters; use a long random string (or leave it empty).");
        }

        foreach (var (name, value) in new[] { (nameof(MaxActivityBytes), MaxActivityBytes), (nameof(ActivitiesPerMinute), ActivitiesPerMinute),
            (nameof(ConversationsPerMinute), ConversationsPerMinute), (nameof(PageSize), PageSize), (nameof(MaxStreams), MaxStreams) })
        {
            if (value <= 0)
            {
                errors.Add($"DirectLine:{name} must be positive (it is {value}).");
            }
        }

        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                errors.Add($"DirectLine:AllowedOrigins has '{origin}', which is not an origin like https://news.example.com (no path, no trailing slash).");
            }
        }

        return errors;
    }

    private static void Positive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"DirectLine:{name} must be a positive time span (it is {value}).");
        }
    }
}
