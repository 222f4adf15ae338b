using System.Text.Json;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Rendering;

// Turns a reply into the activities a channel can show. Teams: [n] markers with its citation entity, at most three
// suggested actions, and never on a message carrying a card (they go on a follow-up message of their own). Web Chat,
// Direct Line and the Emulator: [n] markers with reference-style definitions, suggested actions on the same message.
internal static class ChannelShaper
{
    public const int TeamsSuggestionLimit = 3;
    public const int SuggestionLimit = 5;
    public const string FollowUpPrompt = "You can also ask:";

    public static IReadOnlyList<Activity> Shape(Reply reply, string? channelId) =>
        string.Equals(channelId, Channels.Msteams, StringComparison.Ordinal) ? ForTeams(reply) : ForWebChat(reply);

    private static List<Activity> ForWebChat(Reply reply)
    {
        var message = Message(reply);
        if (reply.Citations.Count > 0)
        {
            message.Text += "\n\n" + WebChatCitations.Definitions(reply.Citations);
        }

        message.SuggestedActions = Suggested(reply.Suggestions, SuggestionLimit);
        return [message];
    }

    private static List<Activity> ForTeams(Reply reply)
    {
        var message = Message(reply);
        if (reply.Citations.Count > 0)
        {
            message.Entities = [TeamsCitations.Entity(reply.Citations)];
        }

        var suggested = Suggested(reply.Suggestions, TeamsSuggestionLimit);
        if (suggested is null || message.Attachments is null)
        {
            message.SuggestedActions = suggested;
            return [message];
        }

        var followUp = Activity.CreateMessageActivity();
        followUp.Text = FollowUpPrompt;
        followUp.TextFormat = TextFormats.Plain;
        followUp.InputHint = InputHints.AcceptingInput;
        followUp.SuggestedActions = suggested;
        return [message, followUp];
    }

    private static Activity Message(Reply reply)
    {
        var message = Activity.CreateMessageActivity();
        message.Text = reply.Text;
        message.TextFormat = TextFormats.Markdown;
        message.InputHint = InputHints.AcceptingInput;
        if (reply.Card is JsonElement card)
        {
            message.Attachments = [new Attachment { ContentType = AnswerCard.ContentType, Content = card }];
        }

        if (reply.Payload is { } payload)
        {
            message.Value = payload.Value;
            message.ValueType = payload.ValueType;
        }

        return message;
    }

    private static SuggestedActions? Suggested(IReadOnlyList<string> suggestions, int limit) =>
        suggestions.Count == 0
            ? null
            : new SuggestedActions { Actions = suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Take(limit).Select(CardAction.ImBack).ToList() };
}
