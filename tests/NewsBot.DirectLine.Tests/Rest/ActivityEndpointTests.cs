using System.Net;
using System.Text.Json.Nodes;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Rest;

public sealed class ActivityEndpointTests
{
    private static object Question(string text, string clientActivityId = "client-1") => new
    {
        type = "message",
        text,
        from = new { id = "tester", name = "Tess", role = "user" },
        locale = "en-US",
        channelData = new { clientActivityID = clientActivityId, extra = new { nested = new[] { 1, 2 } } },
    };

    [Fact]
    public async Task A_question_is_stored_and_echoed_with_its_new_id_unchanged_channelData_and_user_role_before_the_cited_answer()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        var posted = await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token, Question("When are the Geneva talks?"));
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal($"{id}|0000002", posted.String("id"));
        var echo = transcript.Activities[0]!;
        Assert.Equal(posted.String("id"), echo["id"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"clientActivityID":"client-1","extra":{"nested":[1,2]}}"""), echo["channelData"]));
        var answer = transcript.Activities.Last(activity => activity!["valueType"]?.GetValue<string>() == "application/vnd.newsbot.answer+json")!;
        Assert.Equal(echo["id"]!.GetValue<string>(), answer["replyToId"]!.GetValue<string>());
        Assert.Equal("bot", answer["from"]!["role"]!.GetValue<string>());
        Assert.NotEmpty(answer["value"]!["citations"]!.AsArray());
        Assert.DoesNotContain(transcript.Activities, activity => activity!["type"]!.GetValue<string>() == "typing");
        Assert.Equal(answer["id"]!.GetValue<string>().Split('|')[1].TrimStart('0'), transcript.String("watermark"));
    }

    [Fact]
    public async Task An_empty_watermark_reads_from_the_start_and_a_malformed_one_is_400()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        var fromStart = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=", token);
        var malformed = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=abc", token);
        var unknown = await rest.GetAsync("/v3/directline/conversations/NoSuchConversation/activities", DirectLineHost.Secret);

        Assert.Equal($"{id}|0000001", fromStart.Activities[0]!["id"]!.GetValue<string>());
        Assert.Equal("1", fromStart.String("watermark"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Theory]
    [InlineData("{\"type\":", "not valid JSON")]
    [InlineData("{\"text\":\"no type\",\"from\":{\"id\":\"tester\"}}", "no type")]
    [InlineData("{\"type\":\"message\",\"text\":\"nobody\"}", "from.id")]
    [InlineData("", "empty")]
    public async Task A_malformed_activity_is_400_with_a_clear_message_and_nothing_is_stored(string body, string expected)
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, _, _) = await rest.StartAsync();

        var reply = await rest.PostRawAsync($"/v3/directline/conversations/{id}/activities", DirectLineHost.Secret, body);
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("BadArgument", reply.ErrorCode);
        Assert.Contains(expected, reply.Body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(transcript.Activities);
    }

    [Fact]
    public async Task An_activity_over_the_size_limit_is_413_and_not_stored()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "2048" });
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        var reply = await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token, Question(new string('x', 4096)));
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities", token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("PayloadTooLarge", reply.ErrorCode);
        Assert.Contains("2048 bytes", reply.Body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(transcript.Activities);
    }

    [Fact]
    public async Task The_user_named_in_the_token_replaces_the_sender_the_client_claims()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var page = await rest.PostAsync("/api/directline/token", null);
        var token = page.String("token");
        var id = (await rest.PostAsync("/v3/directline/conversations", token)).String("conversationId");

        await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token, Question("help"));
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=1", token);

        Assert.Equal(page.String("userId"), transcript.Activities[0]!["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Typing_from_the_client_reaches_the_bot_but_is_neither_stored_nor_echoed()
    {
        using var host = new DirectLineHost(record: true);
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        var reply = await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token, new { type = "typing", from = new { id = "tester" } });
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(transcript.Activities);
        Assert.Contains(host.Recorder!.Received, activity => activity.Type == "typing");
    }

    [Fact]
    public async Task Too_many_activities_in_a_minute_are_429_with_Retry_After()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:ActivitiesPerMinute"] = "2" });
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        var replies = new List<Reply>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token, Question("help", $"c{i}")));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], replies.Select(reply => reply.Status));
        Assert.Equal("Throttled", replies[2].ErrorCode);
        var retryAfter = int.Parse(replies[2].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
    }

    [Fact]
    public async Task A_turn_the_bot_rejects_is_502_BotRejectedActivity_after_the_activity_was_stored()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        // No bot handles this invoke: the adapter answers 501, which Direct Line reports as the bot rejecting the activity.
        var reply = await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token,
            new { type = "invoke", name = "newsbot/no-such-invoke", from = new { id = "tester" } });
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=1", token);

        Assert.Equal(HttpStatusCode.BadGateway, reply.Status);
        Assert.Equal("BotRejectedActivity", reply.ErrorCode);
        Assert.Equal("invoke", Assert.Single(transcript.Activities)!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Posting_to_an_unknown_conversation_is_404()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        var reply = await rest.PostAsync("/v3/directline/conversations/NoSuchConversation/activities", DirectLineHost.Secret, Question("help"));

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("NotFound", reply.ErrorCode);
    }
}
