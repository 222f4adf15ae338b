using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsBot.Protocol.Schema;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.EndToEnd;

// The bot as the Bot Framework Emulator sees it: activities POSTed to /api/messages without a token, replies POSTed
// back to the channel's serviceUrl (a real Kestrel on 127.0.0.1 standing in for the Emulator's Connector).
public sealed class EmulatorConversationTests : IAsyncLifetime
{
    private readonly BotHost _host = new();
    private TestChannel _channel = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _channel = await TestChannel.StartAsync();
        _client = _host.CreateLoopbackClient();
    }

    [Fact]
    public async Task Welcome_then_question_then_who_said_that_then_sources()
    {
        var conversation = $"{Guid.NewGuid()}|livechat";

        var joined = await PostAsync(ConversationUpdate(conversation));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var welcome = Assert.Single(await _channel.WaitForActivitiesAsync(conversation, 1));
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Equal("bot-1", welcome.From?.Id);
        Assert.Equal("user-1", welcome.Recipient?.Id);

        await PostAsync(Message(conversation, "When are the Geneva talks?"));
        var afterQuestion = await _channel.WaitForActivitiesAsync(conversation, 3);
        Assert.Equal(ActivityTypes.Typing, afterQuestion[1].Type);
        var answer = afterQuestion[2];
        Assert.Contains("January 10", answer.Text, StringComparison.Ordinal);
        Assert.Matches(@"\[1\]", answer.Text);
        Assert.Equal("application/vnd.newsbot.answer+json", answer.ValueType);
        Assert.Equal("answered", answer.Value!.Value.GetProperty("status").GetString());
        Assert.True(answer.Value.Value.GetProperty("citations").GetArrayLength() >= 2);

        await PostAsync(Message(conversation, "who said that?"));
        var whoSaid = (await _channel.WaitForActivitiesAsync(conversation, 4))[3];
        foreach (var citation in answer.Value.Value.GetProperty("citations").EnumerateArray())
        {
            Assert.Contains(citation.GetProperty("outlet").GetString()!, whoSaid.Text, StringComparison.Ordinal);
        }

        await PostAsync(Message(conversation, "what sources do you have?"));
        var sources = (await _channel.WaitForActivitiesAsync(conversation, 5))[4];
        Assert.Equal("application/vnd.newsbot.sources+json", sources.ValueType);
        Assert.Equal(5, sources.Value!.Value.GetProperty("sources").GetArrayLength());
        Assert.All(_channel.ActivitiesFor(conversation), a => Assert.Equal("bot-1", a.From?.Id));
    }

    [Fact]
    public async Task A_question_the_coverage_does_not_answer_gets_an_honest_not_found()
    {
        var conversation = $"{Guid.NewGuid()}|livechat";
        await PostAsync(Message(conversation, "What is the weather in Geneva?"));
        var reply = (await _channel.WaitForActivitiesAsync(conversation, 2))[1];
        Assert.Equal("notFound", reply.Value!.Value.GetProperty("status").GetString());
        Assert.Equal(0, reply.Value.Value.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task ExpectReplies_returns_the_turns_activities_in_the_response_and_posts_nothing()
    {
        var conversation = $"{Guid.NewGuid()}|livechat";
        var activity = Message(conversation, "Who will lead the US delegation?");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        Assert.Contains(replies!.Activities, a => a.Text?.Contains("Wendy Sherman", StringComparison.Ordinal) == true);
        Assert.Empty(_channel.ActivitiesFor(conversation));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Methods_other_than_post_get_405_with_an_error_body(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("MethodNotAllowed", (await ErrorCodeAsync(response)));
    }

    [Theory]
    [InlineData("", "application/json")]
    [InlineData("{not json", "application/json")]
    [InlineData("{\"text\":\"no type\"}", "application/json")]
    [InlineData("[1,2,3]", "application/json")]
    public async Task Malformed_activities_get_400_with_a_clear_error(string body, string contentType)
    {
        var response = await _client.PostAsync("/api/messages", new StringContent(body, System.Text.Encoding.UTF8, contentType));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await ErrorCodeAsync(response)));
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var response = await _client.PostAsync("/api/messages", new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var huge = Message("c", new string('x', 2 * 1024 * 1024));
        var response = await _client.PostAsJsonAsync("/api/messages", huge, ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_activity_types_are_accepted_and_ignored()
    {
        var conversation = $"{Guid.NewGuid()}|livechat";
        var activity = Message(conversation, "ignored");
        activity.Type = "somethingNew";
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_channel.ActivitiesFor(conversation));
    }

    [Fact]
    public async Task An_anonymous_activity_naming_a_non_loopback_service_url_is_refused_without_a_call()
    {
        var activity = Message($"{Guid.NewGuid()}", "When are the Geneva talks?");
        activity.ServiceUrl = "https://attacker.example/";
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(Activity activity) =>
        _client.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Options);

    private Activity ConversationUpdate(string conversation) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString(),
        ChannelId = "emulator",
        ServiceUrl = _channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = "user-1", Name = "User" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Bot", Role = "bot" },
        MembersAdded = [new ChannelAccount { Id = "user-1", Name = "User" }, new ChannelAccount { Id = "bot-1", Name = "Bot" }],
    };

    private Activity Message(string conversation, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        ChannelId = "emulator",
        ServiceUrl = _channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = "user-1", Name = "User", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Bot", Role = "bot" },
        Text = text,
        Locale = "en-US",
    };

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("error").GetProperty("code").GetString();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _channel.DisposeAsync();
        await _host.DisposeAsync();
    }
}
