using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Tests.Support;

internal static class TestActivities
{
    public static Activity Message(string text = "what happened?", string serviceUrl = TestBed.EmulatorServiceUrl, string channelId = Channels.Emulator) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "user-1", Name = "Jane", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "NewsBot", Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = "conv-1|livechat" },
        Text = text,
        Locale = "en-US",
    };
}
