using System.Text.Json;

namespace NewsBot.Dialogs.Rendering;

// One reply before it is shaped for a channel: markdown text whose [n] markers point into Citations, an optional
// Adaptive Card, follow-ups to suggest, and the machine-readable payload for the activity's value.
internal sealed record Reply(string Text)
{
    public IReadOnlyList<CitedArticle> Citations { get; init; } = [];

    public JsonElement? Card { get; init; }

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public Payload? Payload { get; init; }
}
