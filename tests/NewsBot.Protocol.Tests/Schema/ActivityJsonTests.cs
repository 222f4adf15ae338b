using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Tests.Schema;

public class ActivityJsonTests
{
    private const string TeamsGroupMessage = """
        {
          "text": "\r\n<at>NewsBot</at> what happened in Paris?\r\n",
          "textFormat": "plain",
          "attachments": [
            { "contentType": "text/html", "content": "<div><div><at>NewsBot</at> what happened in Paris?</div></div>", "futureAttachmentField": 7 }
          ],
          "type": "message",
          "timestamp": "2025-01-01T10:00:00.123Z",
          "localTimestamp": "2025-01-01T11:00:00.123+01:00",
          "id": "1735725600123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": { "id": "29:1abcDEF", "name": "Jane Doe", "aadObjectId": "6f1c2d3e-0000-4000-8000-000000000001", "futureFromField": { "x": [1, 2] } },
          "conversation": { "isGroup": true, "conversationType": "groupChat", "tenantId": "72f988bf-0000-4000-8000-000000000002", "id": "19:abc@thread.v2", "futureConversationField": "kept" },
          "recipient": { "id": "28:0b5f5a6e-0000-4000-8000-00000000b0b0", "name": "NewsBot" },
          "entities": [
            { "mentioned": { "id": "28:0b5f5a6e-0000-4000-8000-00000000b0b0", "name": "NewsBot" }, "text": "<at>NewsBot</at>", "type": "mention" },
            { "locale": "en-US", "country": "US", "platform": "Web", "timezone": "Europe/Paris", "type": "clientInfo" }
          ],
          "channelData": { "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" }, "futureChannelData": null },
          "locale": "en-US",
          "localTimezone": "Europe/Paris",
          "futureTopLevelField": { "nested": true }
        }
        """;

    private const string EmulatorConversationUpdate = """
        {
          "type": "conversationUpdate",
          "membersAdded": [ { "id": "5c1e0f4a-user", "name": "User" }, { "id": "a1b2c3d4-bot", "name": "Bot" } ],
          "channelId": "emulator",
          "conversation": { "id": "9f2b7e10-7d1e-11ef-bd3a-8f3c1c2b1a00|livechat" },
          "id": "9f3a1b20-7d1e-11ef-bd3a-8f3c1c2b1a00",
          "localTimestamp": "2025-01-01T11:00:00.512+01:00",
          "recipient": { "id": "a1b2c3d4-bot", "name": "Bot", "role": "bot" },
          "timestamp": "2025-01-01T10:00:00.512Z",
          "from": { "id": "5c1e0f4a-user", "name": "User", "role": "user" },
          "locale": "en-US",
          "serviceUrl": "http://localhost:52345"
        }
        """;

    private const string WebChatMessage = """
        {
          "type": "message",
          "id": "abc123|0000001",
          "timestamp": "2025-01-01T10:00:01.234Z",
          "serviceUrl": "https://directline.botframework.com/",
          "channelId": "webchat",
          "from": { "id": "dl_8c1f", "name": "You", "role": "user" },
          "conversation": { "id": "abc123" },
          "recipient": { "id": "newsbot@abc", "name": "NewsBot" },
          "textFormat": "plain",
          "locale": "en-US",
          "localTimezone": "Europe/Paris",
          "localTimestamp": "2025-01-01T11:00:01.2+01:00",
          "text": "what happened?",
          "entities": [
            { "requiresBotState": true, "supportsListening": true, "supportsTts": true, "type": "ClientCapabilities" },
            { "type": "clientInfo", "locale": "en-US", "timezone": "Europe/Paris" }
          ],
          "channelData": { "clientActivityID": "1735725601234x4k2l9", "clientTimestamp": "2025-01-01T10:00:01.200Z" }
        }
        """;

    [Theory]
    [InlineData(TeamsGroupMessage)]
    [InlineData(EmulatorConversationUpdate)]
    [InlineData(WebChatMessage)]
    public void Real_channel_activities_survive_a_round_trip_unchanged(string json)
    {
        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

        var written = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Unknown_fields_are_readable_at_every_level()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsGroupMessage, ProtocolJson.Options)!;

        Assert.True(activity.Properties!["futureTopLevelField"].GetProperty("nested").GetBoolean());
        Assert.Equal("kept", activity.Conversation!.Properties!["futureConversationField"].GetString());
        Assert.Equal(2, activity.From!.Properties!["futureFromField"].GetProperty("x").GetArrayLength());
        Assert.Equal(7, activity.Attachments![0].Properties!["futureAttachmentField"].GetInt32());
        Assert.Equal("US", activity.Entities![1].Properties!["country"].GetString());
        Assert.Equal("72f988bf-0000-4000-8000-000000000002", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public void Known_fields_are_typed()
    {
        var activity = JsonSerializer.Deserialize<Activity>(EmulatorConversationUpdate, ProtocolJson.Options)!;

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal(["5c1e0f4a-user", "a1b2c3d4-bot"], activity.MembersAdded!.Select(member => member.Id));
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 10, 0, 0, 512, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public void Nulls_and_empty_collections_are_left_out()
    {
        const string json = """
            {"type":"message","text":null,"speak":null,"attachments":[],"entities":[],"membersAdded":[],
             "conversation":{"id":"c","name":null},"from":{"id":"u","name":null}}
            """;
        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        activity.SuggestedActions = new SuggestedActions { To = [], Actions = [CardAction.ImBack("More")] };

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!.AsObject();

        Assert.Equal(["type", "from", "conversation", "suggestedActions"], written.Select(property => property.Key));
        Assert.Equal("""{"id":"c"}""", written["conversation"]!.ToJsonString());
        Assert.False(written["suggestedActions"]!.AsObject().ContainsKey("to"));
    }

    [Fact]
    public void Expected_replies_keeps_an_empty_activities_array()
    {
        var written = JsonSerializer.Serialize(new ExpectedReplies([]), ProtocolJson.Options);

        Assert.Equal("""{"activities":[]}""", written);
    }

    [Fact]
    public void Error_response_has_the_connector_shape()
    {
        var written = JsonSerializer.Serialize(ErrorResponse.Create("BadArgument", "No type."), ProtocolJson.Options);

        Assert.Equal("""{"error":{"code":"BadArgument","message":"No type."}}""", written);
    }

    [Fact]
    public void A_typed_entity_is_written_and_read_back()
    {
        var mention = new Mention { Mentioned = new ChannelAccount { Id = "29:jane", Name = "Jane" }, Text = "<at>Jane</at>" };

        var entity = Entity.From(mention);

        Assert.Equal("mention", entity.Type);
        var read = entity.GetAs<Mention>()!;
        Assert.Equal(("29:jane", "Jane", "<at>Jane</at>"), (read.Mentioned!.Id, read.Mentioned.Name, read.Text));
        Assert.Equal(
            """{"type":"mention","mentioned":{"id":"29:jane","name":"Jane"},"text":"\u003Cat\u003EJane\u003C/at\u003E"}""",
            JsonSerializer.Serialize(entity, ProtocolJson.Options));
    }
}
