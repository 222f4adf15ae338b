using System.Text.Json;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Turns;

// The text a message asks with: its own text (the bot's @mention already removed), or for an Adaptive Card
// Action.Submit, which arrives as a value without text, the "text" its data carries.
internal static class TurnText
{
    public static string? Of(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text.Trim();
        }

        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(text.GetString())
                ? text.GetString()!.Trim()
                : null;
    }
}
