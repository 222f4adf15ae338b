using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;
using NewsBot.Protocol.Turns;

namespace NewsBot.Protocol.Tests.Adapter;

public class ChannelAdapterTests
{
    private readonly TestBed _bed = new(anonymous: true);

    [Fact]
    public async Task A_message_is_answered_with_200_and_the_reply_is_posted_to_the_service_url()
    {
        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message("hi"), DelegateBot.Echo(), default);

        Assert.Equal(new AdapterResponse(200, null), response);
        var request = Assert.Single(_bed.ConnectorRequests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://localhost:52345/v3/conversations/conv-1%7Clivechat/activities/in-1", request.Uri.AbsoluteUri);
        Assert.Null(request.Authorization);
        var reply = JsonNode.Parse(request.Body!)!;
        Assert.Equal("echo: hi", reply["text"]!.GetValue<string>());
        Assert.Equal("bot-1", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user-1", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("conv-1|livechat", reply["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("in-1", reply["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Middleware_runs_in_order_around_the_bot()
    {
        var trail = new List<string>();
        var adapter = _bed.CreateAdapter();
        adapter.Use(new RecordingMiddleware("first", trail)).Use(new RecordingMiddleware("second", trail));
        var bot = new DelegateBot((_, _) =>
        {
            trail.Add("bot");
            return Task.CompletedTask;
        });

        await adapter.ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Equal(["first>", "second>", "bot", "<second", "<first"], trail);
    }

    [Fact]
    public async Task Middleware_can_end_the_turn_before_the_bot()
    {
        var adapter = _bed.CreateAdapter();
        adapter.Use(new RecordingMiddleware("gate", [], callNext: false));
        var bot = DelegateBot.Echo();

        var response = await adapter.ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_bed.ConnectorRequests);
    }

    [Fact]
    public async Task A_failing_turn_goes_to_on_turn_error_once_and_still_answers_200()
    {
        var adapter = _bed.CreateAdapter();
        var errors = new List<Exception>();
        adapter.OnTurnError = async (turn, exception) =>
        {
            errors.Add(exception);
            await turn.SendActivityAsync("Sorry, something went wrong.");
        };
        var bot = new DelegateBot((_, _) => throw new InvalidOperationException("boom"));

        var response = await adapter.ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("boom", Assert.Single(errors).Message);
        Assert.Contains("Sorry", Assert.Single(_bed.ConnectorRequests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_on_turn_error_the_exception_reaches_the_caller()
    {
        var bot = new DelegateBot((_, _) => throw new InvalidOperationException("boom"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message(), bot, default));
    }

    [Fact]
    public async Task Expect_replies_returns_the_turns_activities_and_posts_nothing()
    {
        var activity = TestActivities.Message("hi");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.ServiceUrl = null;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(Activity.CreateTypingActivity(), ct);
            await turn.SendActivityAsync("first", cancellationToken: ct);
            await turn.SendActivityAsync("second", cancellationToken: ct);
        });

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, activity, bot, default);

        Assert.Equal(200, response.StatusCode);
        var activities = JsonNode.Parse(response.Body!)!["activities"]!.AsArray();
        Assert.Equal(["typing", "message", "message"], activities.Select(a => a!["type"]!.GetValue<string>()));
        Assert.Equal("second", activities[2]!["text"]!.GetValue<string>());
        Assert.Equal("user-1", activities[2]!["recipient"]!["id"]!.GetValue<string>());
        Assert.Empty(_bed.ConnectorRequests);
    }

    [Fact]
    public async Task An_unhandled_invoke_is_answered_501()
    {
        var invoke = TestActivities.Message();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, invoke, new ActivityHandler(), default);

        Assert.Equal(501, response.StatusCode);
        Assert.Contains("adaptiveCard/action", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handled_invoke_is_answered_with_the_bots_status_and_body()
    {
        var invoke = TestActivities.Message();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        var bot = new DelegateBot((turn, _) =>
        {
            turn.SetInvokeResponse(new InvokeResponse(200, new JsonObject()));
            return Task.CompletedTask;
        });

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, invoke, bot, default);

        Assert.Equal(new AdapterResponse(200, "{}"), response);
    }

    [Theory]
    [InlineData("type", "no type")]
    [InlineData("conversation", "conversation.id")]
    [InlineData("from", "from.id")]
    [InlineData("serviceUrl", "no serviceUrl")]
    [InlineData("badServiceUrl", "not an absolute http(s) URL")]
    public async Task An_activity_missing_a_required_field_is_rejected_with_400(string field, string message)
    {
        var activity = TestActivities.Message();
        switch (field)
        {
            case "type": activity.Type = null; break;
            case "conversation": activity.Conversation = null; break;
            case "from": activity.From = null; break;
            case "serviceUrl": activity.ServiceUrl = null; break;
            default: activity.ServiceUrl = "localhost:52345"; break;
        }

        var bot = DelegateBot.Echo();

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, activity, bot, default);

        Assert.Equal(400, response.StatusCode);
        Assert.Contains(message, JsonNode.Parse(response.Body!)!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"type\":")]
    [InlineData("null")]
    public async Task A_body_that_is_not_an_activity_is_rejected_with_400(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, stream, DelegateBot.Echo(), default);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("BadArgument", JsonNode.Parse(response.Body!)!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_is_read_as_an_activity()
    {
        const string json = """{"type":"message","id":"in-1","serviceUrl":"http://localhost:52345","channelId":"emulator","from":{"id":"user-1"},"recipient":{"id":"bot-1"},"conversation":{"id":"c"},"text":"hi"}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, stream, DelegateBot.Echo(), default);

        Assert.Equal(200, response.StatusCode);
        Assert.Contains("echo: hi", Assert.Single(_bed.ConnectorRequests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_activity_from_a_remote_service_url_is_refused_before_the_turn()
    {
        var bot = DelegateBot.Echo();

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message(serviceUrl: "https://attacker.example/"), bot, default);

        Assert.Equal(403, response.StatusCode);
        Assert.Contains("loopback", response.Body, StringComparison.Ordinal);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_bed.Http.Requests);
    }

    [Fact]
    public async Task Trace_activities_reach_only_the_emulator()
    {
        var bot = new DelegateBot((turn, ct) => turn.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, ct));
        var adapter = _bed.CreateAdapter();

        await adapter.ProcessActivityAsync(null, TestActivities.Message(channelId: Channels.Emulator), bot, default);
        await adapter.ProcessActivityAsync(null, TestActivities.Message(channelId: Channels.Webchat), bot, default);

        Assert.Contains("\"trace\"", Assert.Single(_bed.ConnectorRequests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updates_and_deletes_go_to_the_turns_conversation()
    {
        var bot = new DelegateBot(async (turn, ct) =>
        {
            var update = Activity.CreateMessageActivity();
            update.Id = "sent-7";
            update.Text = "edited";
            await turn.UpdateActivityAsync(update, ct);
            await turn.DeleteActivityAsync("sent-8", ct);
        });

        await _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Equal(
            ["PUT http://localhost:52345/v3/conversations/conv-1%7Clivechat/activities/sent-7", "DELETE http://localhost:52345/v3/conversations/conv-1%7Clivechat/activities/sent-8"],
            _bed.ConnectorRequests.Select(request => $"{request.Method} {request.Uri.AbsoluteUri}"));
    }

    [Fact]
    public async Task A_channel_refusal_reaches_on_turn_error()
    {
        _bed.ConnectorAnswer = _ => StubHttpHandler.Json(HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound","message":"gone"}}""");
        var adapter = _bed.CreateAdapter();
        Exception? seen = null;
        adapter.OnTurnError = (_, exception) =>
        {
            seen = exception;
            return Task.CompletedTask;
        };

        var response = await adapter.ProcessActivityAsync(null, TestActivities.Message(), DelegateBot.Echo(), default);

        Assert.Equal(200, response.StatusCode);
        Assert.IsType<NewsBot.Protocol.Connector.ConnectorException>(seen);
    }

    private sealed class RecordingMiddleware(string name, List<string> trail, bool callNext = true) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            trail.Add($"{name}>");
            if (callNext)
            {
                await next(cancellationToken);
            }

            trail.Add($"<{name}");
        }
    }
}
