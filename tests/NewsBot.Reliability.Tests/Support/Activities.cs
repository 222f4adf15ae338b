using NewsBot.Protocol.Schema;

namespace NewsBot.Reliability.Tests.Support;

// Activities as a channel posts them to /api/messages.
internal static class Activities
{
    public const string NormalQuestion = "When are the Geneva talks?";
    public const string NormalAnswerFragment = "January 10";

    public static Activity Message(string serviceUrl, string conversation, string? text, string channelId = "webchat") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = "user-1", Name = "User", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "NewsBot", Role = "bot" },
        Text = text,
        Locale = "en-US",
    };

    public static string NewConversation() => Guid.NewGuid().ToString("N");
}
