using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsBot.Protocol.Schema;
using NewsBot.Reliability.Tests.Support;
using NewsBot.Tests.Support;

namespace NewsBot.Reliability.Tests.Abuse;

// The rate limits of "RateLimits": per client address on every limited route, per conversation on turns, 429 with
// Retry-After and the {"error":{"code","message"}} body, the secret's holder exempt.
public sealed class RateLimitTests
{
    private static Dictionary<string, string?> Limits(string bucket, int tokens) => new()
    {
        [$"RateLimits:{bucket}:TokenLimit"] = tokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"RateLimits:{bucket}:TokensPerPeriod"] = "1",
        [$"RateLimits:{bucket}:ReplenishmentPeriod"] = "01:00:00",
    };

    [Fact]
    public async Task One_address_gets_429_with_Retry_After_past_its_allowance_on_every_limited_route_but_not_elsewhere()
    {
        using var host = new ReliabilityHost(Limits("PerClient", 5));
        using var http = host.CreateRecordingClient(new ResponseRecorder());
        var client = new DirectLineClient(http);
        var conversation = await client.StartAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await http.SendAsync(DirectLineClient.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await AssertThrottledAsync(response, maxSeconds: 3600);
            }
        }

        // Starting the conversation with its token took one request of the five.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), HttpStatusCode.TooManyRequests], statuses);
        using var messages = await http.PostAsJsonAsync("/api/messages", Activities.Message("http://127.0.0.1:9/", "c1", "hi"), ProtocolJson.Options);
        await AssertThrottledAsync(messages, maxSeconds: 3600);
        using var pageToken = await http.PostAsync("/api/directline/token", null);
        await AssertThrottledAsync(pageToken, maxSeconds: 3600);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_conversation_past_its_turn_allowance_gets_429_while_other_conversations_and_reads_go_on()
    {
        using var host = new ReliabilityHost(Limits("PerConversation", 3));
        using var http = host.CreateRecordingClient(new ResponseRecorder());
        var client = new DirectLineClient(http);
        var busy = await client.StartAsync();
        var quiet = await client.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await client.AskAsync(busy, Activities.NormalQuestion);
        }

        using var refused = await http.SendAsync(Post(busy, "one question too many"));
        await AssertThrottledAsync(refused, maxSeconds: 3600);
        var transcript = (await client.ReadAsync(busy)).Activities;
        Assert.DoesNotContain(transcript, a => a.TryGetProperty("text", out var text) && text.GetString() == "one question too many");
        Assert.Equal(3, transcript.Count(a => a.GetProperty("from").GetProperty("role").GetString() == "user"));
        var id = await client.AskAsync(quiet, Activities.NormalQuestion);
        Assert.NotNull(DirectLineClient.AnswerTo((await client.ReadAsync(quiet)).Activities, id));
    }

    [Fact]
    public async Task A_Bot_Framework_conversation_past_its_turn_allowance_gets_429_and_no_reply()
    {
        await using var channel = await TestChannel.StartAsync();
        using var host = new ReliabilityHost(Limits("PerConversation", 2));
        using var http = host.CreateRecordingClient(new ResponseRecorder());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/messages", Activities.Message(channel.ServiceUrl, "busy", $"question {i}"), ProtocolJson.Options);
            statuses.Add(response.StatusCode);
        }

        using var other = await http.PostAsJsonAsync("/api/messages", Activities.Message(channel.ServiceUrl, "quiet", "hello"), ProtocolJson.Options);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.DoesNotContain(channel.ActivitiesFor("busy"), a => a.ReplyToId is not null && a.Text?.Contains("question 2", StringComparison.Ordinal) == true);
        Assert.Equal(2, channel.ActivitiesFor("busy").Count(a => a.Type == ActivityTypes.Message));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_holder_of_the_Direct_Line_secret_is_not_throttled()
    {
        using var host = new ReliabilityHost(Limits("PerClient", 2));
        using var http = host.CreateRecordingClient(new ResponseRecorder());
        var client = new DirectLineClient(http);

        for (var i = 0; i < 10; i++)
        {
            using var response = await http.SendAsync(DirectLineClient.Request(HttpMethod.Post, "/v3/directline/tokens/generate", ReliabilityHost.DirectLineSecret));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Token holders from the same address still are: starting a conversation with a token counts.
        await client.StartAsync();
        await client.StartAsync();
        var throttled = await Assert.ThrowsAsync<HttpRequestException>(() => client.StartAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
    }

    [Fact]
    public async Task A_browser_can_read_the_429_and_its_Retry_After()
    {
        using var host = new ReliabilityHost(new Dictionary<string, string?>(Limits("PerClient", 1)) { ["DirectLine:AllowedOrigins:0"] = "https://news.example.com" });
        using var http = host.CreateRecordingClient(new ResponseRecorder());

        HttpResponseMessage? response = null;
        for (var i = 0; i < 2; i++)
        {
            response?.Dispose();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token") { Headers = { { "Origin", "https://news.example.com" } } };
            response = await http.SendAsync(request);
        }

        await AssertThrottledAsync(response!, maxSeconds: 3600);
        Assert.Equal("https://news.example.com", response!.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Retry-After", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        response.Dispose();
    }

    [Theory]
    [InlineData("RateLimits:PerClient:TokenLimit", "0")]
    [InlineData("RateLimits:PerConversation:TokensPerPeriod", "0")]
    [InlineData("RateLimits:PerConversation:ReplenishmentPeriod", "00:00:00")]
    public void Bad_limits_stop_the_bot_at_start_up_naming_the_setting(string key, string value)
    {
        using var host = new ReliabilityHost(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => host.BaseAddress);

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Post(DirectLineConversation conversation, string text)
    {
        var request = DirectLineClient.Request(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        request.Content = JsonContent.Create(new { type = "message", from = new { id = conversation.UserId }, text });
        return request;
    }

    private static async Task AssertThrottledAsync(HttpResponseMessage response, int maxSeconds)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, maxSeconds);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("Throttled", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
