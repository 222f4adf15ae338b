using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.State;

// State is kept per channel and conversation: the same conversation id may exist on two channels.
internal sealed record ConversationKey(string ChannelId, string ConversationId)
{
    public static ConversationKey Of(Activity activity) =>
        new(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty);
}
