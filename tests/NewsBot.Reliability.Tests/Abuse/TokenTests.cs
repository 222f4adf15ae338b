using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.Abuse;

// Direct Line tokens: expired, replayed after expiry, forged and other conversations' tokens are refused on every route,
// change nothing, and no token or secret reaches a log line.
public sealed class TokenTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ResponseRecorder _responses = new();
    private ReliabilityHost _host = null!;
    private DirectLineClient _client = null!;

    public Task InitializeAsync()
    {
        _host = new ReliabilityHost(clock: _clock);
        _client = new DirectLineClient(_host.CreateRecordingClient(_responses));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_expired_token_gets_403_TokenExpired_on_every_route_and_cannot_be_refreshed()
    {
        var conversation = await _client.StartAsync();
        _clock.Advance(TimeSpan.FromMinutes(31));

        foreach (var request in EveryRoute(conversation.Id, conversation.Token, conversation.UserId))
        {
            await AssertRefusedAsync(request, HttpStatusCode.Forbidden, "TokenExpired");
        }

        await AssertTranscriptUnchangedAsync(conversation, userMessages: 0);
    }

    [Fact]
    public async Task A_request_replayed_after_its_token_expired_is_refused_and_stores_nothing()
    {
        var conversation = await _client.StartAsync();
        await _client.AskAsync(conversation, Activities.NormalQuestion);
        _clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));

        await AssertRefusedAsync(Post(conversation.Id, conversation.Token, conversation.UserId), HttpStatusCode.Forbidden, "TokenExpired");

        await AssertTranscriptUnchangedAsync(conversation, userMessages: 1);
    }

    [Fact]
    public async Task A_token_refreshed_in_time_outlives_the_one_it_replaced()
    {
        var conversation = await _client.StartAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await _client.Http.SendAsync(DirectLineClient.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token));
        var refreshed = conversation with { Token = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()! };
        _clock.Advance(TimeSpan.FromMinutes(15));

        await AssertRefusedAsync(Post(conversation.Id, conversation.Token, conversation.UserId), HttpStatusCode.Forbidden, "TokenExpired");
        await _client.AskAsync(refreshed, Activities.NormalQuestion);
        await AssertTranscriptUnchangedAsync(conversation, userMessages: 1);
    }

    [Fact]
    public async Task Forged_tokens_are_refused_on_every_route()
    {
        var conversation = await _client.StartAsync();

        foreach (var (how, token) in ForgedTokens.For(conversation.Id, conversation.Token, _clock.GetUtcNow()))
        {
            foreach (var request in EveryRoute(conversation.Id, token, conversation.UserId))
            {
                await AssertRefusedAsync(request, HttpStatusCode.Forbidden, null, how);
            }
        }

        await AssertTranscriptUnchangedAsync(conversation, userMessages: 0);
    }

    [Fact]
    public async Task Another_conversations_token_and_a_stream_token_are_refused()
    {
        var conversation = await _client.StartAsync();
        var other = await _client.StartAsync();
        var streamToken = System.Web.HttpUtility.ParseQueryString(new Uri(conversation.StreamUrl).Query)["t"]!;

        foreach (var request in EveryRoute(conversation.Id, other.Token, other.UserId).Where(r => !r.RequestUri!.OriginalString.Contains("tokens/refresh", StringComparison.Ordinal)))
        {
            await AssertRefusedAsync(request, HttpStatusCode.Forbidden, null, "another conversation's token");
        }

        // Everywhere but the stream itself, where it belongs.
        foreach (var request in EveryRoute(conversation.Id, streamToken, conversation.UserId).Where(r => !r.RequestUri!.OriginalString.Contains("/stream", StringComparison.Ordinal)))
        {
            await AssertRefusedAsync(request, HttpStatusCode.Forbidden, null, "the stream URL's token");
        }

        await AssertTranscriptUnchangedAsync(conversation, userMessages: 0);
    }

    [Fact]
    public async Task A_stream_URL_opened_after_its_minute_is_refused()
    {
        var conversation = await _client.StartAsync();
        _clock.Advance(TimeSpan.FromSeconds(61));

        await AssertRefusedAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(conversation.StreamUrl).PathAndQuery), HttpStatusCode.Forbidden, "TokenExpired");
    }

    // The routes a conversation token opens, each as a client would call it.
    private static IEnumerable<HttpRequestMessage> EveryRoute(string conversationId, string token, string userId) =>
    [
        DirectLineClient.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=0", token),
        DirectLineClient.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", token),
        Post(conversationId, token, userId),
        DirectLineClient.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", token),
        new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/stream?watermark=0&t={Uri.EscapeDataString(token)}"),
    ];

    private static HttpRequestMessage Post(string conversationId, string token, string userId)
    {
        var request = DirectLineClient.Request(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token);
        request.Content = JsonContent.Create(new { type = "message", from = new { id = userId }, text = "Who will lead the US delegation?" });
        return request;
    }

    private async Task AssertRefusedAsync(HttpRequestMessage request, HttpStatusCode status, string? code, string how = "")
    {
        using (request)
        {
            using var response = await _client.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{how}: {request.Method} {request.RequestUri} answered {(int)response.StatusCode} {body}");
            var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
            Assert.Equal(code ?? error.GetProperty("code").GetString(), error.GetProperty("code").GetString());
        }
    }

    // Read with the secret: the user's messages that got in, and each answered once.
    private async Task AssertTranscriptUnchangedAsync(DirectLineConversation conversation, int userMessages)
    {
        var activities = (await _client.ReadAsync(conversation with { Token = ReliabilityHost.DirectLineSecret })).Activities;
        Assert.Equal(userMessages, activities.Count(a => a.GetProperty("from").GetProperty("role").GetString() == "user"));
        Assert.Equal(userMessages, activities.Count(a => a.TryGetProperty("valueType", out var type) && type.GetString() == DirectLineClient.AnswerType));
        Assert.DoesNotContain(activities, a => a.GetProperty("from").GetProperty("id").GetString() == "dl_attacker");
    }

    public async Task DisposeAsync()
    {
        SecretScan.AssertClean(_host.Logs.Lines, _responses.Responses, [ReliabilityHost.DirectLineSecret], SecretScan.TokensHandedOut(_responses.Responses));
        _client.Http.Dispose();
        await _host.DisposeAsync();
    }
}
