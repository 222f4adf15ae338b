namespace NewsBot.Hosting;

// The HTTP side of the bot endpoint, bound from the "Bot" section. The Bot Framework credentials keep their SDK
// names at the root of appsettings.json (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId).
internal sealed class BotOptions
{
    public const string Section = "Bot";

    // Channels' activities are a few kilobytes; a megabyte is room for the largest Teams payloads with cards.
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    public IReadOnlyList<string> Validate() =>
        MaxRequestBytes is < 4096 or > 64 * 1024 * 1024
            ? [$"Bot:MaxRequestBytes must be between 4096 and 67108864 (was {MaxRequestBytes})."]
            : [];
}
