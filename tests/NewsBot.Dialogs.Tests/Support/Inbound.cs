using System.Text.Json;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests.Support;

// Inbound activities shaped like the channels send them.
public sealed record Inbound(string ChannelId, string ConversationId, bool IsGroup = false)
{
    public static readonly ChannelAccount User = new() { Id = "29:user-1", Name = "Jane", Role = "user" };
    public static readonly ChannelAccount Bot = new() { Id = "28:newsbot-app", Name = "NewsBot", Role = "bot" };

    public Activity Message(string? text)
    {
        var activity = Base(ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }

    // Teams in a group chat: "\r\n<at>NewsBot</at> text\r\n" with the mention entity naming the bot.
    public Activity Mention(string text)
    {
        var activity = Message($"\r\n<at>{Bot.Name}</at> {text}\r\n");
        activity.Entities = [Entity.From(new Mention { Mentioned = Bot with { Role = null }, Text = $"<at>{Bot.Name}</at>" })];
        return activity;
    }

    public Activity Submit(string json)
    {
        var activity = Base(ActivityTypes.Message);
        activity.Value = JsonDocument.Parse(json).RootElement.Clone();
        activity.ChannelData = JsonDocument.Parse("""{"postBack":true}""").RootElement.Clone();
        return activity;
    }

    public Activity AttachmentOnly()
    {
        var activity = Base(ActivityTypes.Message);
        activity.Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.test/photo.png", Name = "photo.png" }];
        return activity;
    }

    public Activity Join(params ChannelAccount[] members)
    {
        var activity = Base(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = members;
        return activity;
    }

    public Activity Install(string action)
    {
        var activity = Base(ActivityTypes.InstallationUpdate);
        activity.Action = action;
        return activity;
    }

    public Activity Event(string name)
    {
        var activity = Base(ActivityTypes.Event);
        activity.Name = name;
        return activity;
    }

    public Activity Reaction(string type)
    {
        var activity = Base(ActivityTypes.MessageReaction);
        activity.ReactionsAdded = [new MessageReaction { Type = type }];
        activity.ReplyToId = "sent-1";
        return activity;
    }

    private Activity Base(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelId,
        ServiceUrl = "http://127.0.0.1:9/",
        From = User,
        Recipient = Bot,
        Conversation = new ConversationAccount { Id = ConversationId, IsGroup = IsGroup ? true : null, ConversationType = IsGroup ? "groupChat" : null },
        Locale = "en-US",
        Timestamp = DateTimeOffset.UtcNow,
    };
}
