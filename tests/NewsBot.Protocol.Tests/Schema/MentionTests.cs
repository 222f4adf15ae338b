using System.Text.Json;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Tests.Schema;

public class MentionTests
{
    private const string BotId = "28:0b5f5a6e-0000-4000-8000-00000000b0b0";

    [Fact]
    public void The_bots_mention_is_removed_and_the_text_trimmed()
    {
        var activity = Message("\r\n<at>NewsBot</at> what happened?\r\n", MentionEntity(BotId, "NewsBot", "<at>NewsBot</at>"));

        var text = activity.RemoveRecipientMention();

        Assert.Equal("what happened?", text);
        Assert.Equal("what happened?", activity.Text);
        Assert.Null(activity.Entities);
    }

    [Fact]
    public void A_mention_without_text_is_removed_by_name_ignoring_case()
    {
        var activity = Message("\r\n<AT>newsbot</AT> what happened?\r\n", MentionEntity(BotId, "NewsBot", text: null));

        Assert.Equal("what happened?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Mentions_of_other_people_are_kept()
    {
        var other = MentionEntity("29:jane", "Jane", "<at>Jane</at>");
        var activity = Message("<at>NewsBot</at> what did <at>Jane</at> share?", MentionEntity(BotId, "NewsBot", "<at>NewsBot</at>"), other);

        Assert.Equal("what did <at>Jane</at> share?", activity.RemoveRecipientMention());
        Assert.Same(other, Assert.Single(activity.Entities!));
    }

    [Fact]
    public void Text_without_a_mention_is_only_trimmed()
    {
        var activity = Message("  what happened?\r\n");

        Assert.Equal("what happened?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Mentions_are_listed()
    {
        var activity = Message("hi", MentionEntity(BotId, "NewsBot", "<at>NewsBot</at>"), new Entity { Type = "clientInfo" });

        var mention = Assert.Single(activity.GetMentions());

        Assert.Equal(BotId, mention.Mentioned!.Id);
    }

    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = BotId, Name = "NewsBot" },
        Entities = entities.Length == 0 ? null : [.. entities],
    };

    private static Entity MentionEntity(string id, string name, string? text) => JsonSerializer.Deserialize<Entity>(
        JsonSerializer.Serialize(new { type = "mention", mentioned = new { id, name }, text }), ProtocolJson.Options)!;
}
