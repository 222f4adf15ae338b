namespace NewsBot.Protocol.Schema;

public sealed partial class Activity
{
    /// <summary>A new, empty <c>message</c> activity.</summary>
    public static Activity CreateMessageActivity() => new() { Type = ActivityTypes.Message };

    /// <summary>A new <c>typing</c> activity.</summary>
    public static Activity CreateTypingActivity() => new() { Type = ActivityTypes.Typing };

    /// <summary>A message answering this activity: from and recipient swapped, same conversation, channel and serviceUrl, replyToId set.</summary>
    public Activity CreateReply(string? text = null)
    {
        var reply = CreateMessageActivity();
        reply.Text = text;
        reply.ApplyConversationReference(GetConversationReference());
        return reply;
    }

    /// <summary>
    /// Where this inbound activity came from, seen from the bot. The activity id is left out for
    /// conversationUpdate: clients never see that activity, and Web Chat holds back replies to ids it has not seen.
    /// </summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>
    /// Addresses this outgoing activity to <paramref name="reference"/>: from = the bot, recipient = the user,
    /// its conversation, channel and serviceUrl; replyToId and locale only where not already set.
    /// </summary>
    public void ApplyConversationReference(ConversationReference reference)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation is null ? null : reference.Conversation with { Properties = null };
        From = reference.Bot is null ? null : reference.Bot with { Properties = null };
        Recipient = reference.User is null ? null : reference.User with { Properties = null };
        ReplyToId ??= reference.ActivityId;
        Locale ??= reference.Locale;
    }
}
