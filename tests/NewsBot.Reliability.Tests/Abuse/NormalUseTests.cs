using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.Abuse;

// DirectLineJS treats a 429 as a failure (a failed start, a failed send, polling that stops: protocol reference §6), so
// the default limits must leave normal Web Chat use well alone, even for an office of people behind one address.
public sealed class NormalUseTests
{
    private const int People = 10;
    private const int Questions = 20;

    [Fact]
    public async Task Ten_Web_Chat_users_behind_one_address_asking_twenty_questions_each_as_fast_as_answered_never_see_a_429()
    {
        using var host = new ReliabilityHost();
        using var http = host.CreateRecordingClient(new ResponseRecorder());
        var statuses = new ConcurrentBag<HttpStatusCode>();

        await Task.WhenAll(Enumerable.Range(0, People).Select(_ => ChatAsync(http, statuses)));

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, status => Assert.True((int)status < 300, $"status {status}"));
        Assert.True(statuses.Count >= People * (Questions + 4), $"{statuses.Count} requests");
    }

    // The page's token, the start, the WebSocket, polling once a second (DirectLineJS's default interval) for the whole
    // chat, twenty questions each sent as soon as the last was answered, a token refresh and a reconnect.
    private static async Task ChatAsync(HttpClient http, ConcurrentBag<HttpStatusCode> statuses)
    {
        var page = await Send(http, statuses, HttpMethod.Post, "/api/directline/token", null);
        var token = page.GetProperty("token").GetString()!;
        var started = await Send(http, statuses, HttpMethod.Post, "/v3/directline/conversations", token, new { user = new { } });
        var conversation = started.GetProperty("conversationId").GetString()!;
        var user = page.GetProperty("userId").GetString()!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started.GetProperty("streamUrl").GetString()!), CancellationToken.None);

        using var done = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var polling = PollAsync(http, statuses, conversation, token, done.Token);
        for (var i = 0; i < Questions; i++)
        {
            await Send(http, statuses, HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities", token,
                new { type = "message", from = new { id = user }, text = Activities.NormalQuestion });
        }

        token = (await Send(http, statuses, HttpMethod.Post, "/v3/directline/tokens/refresh", token)).GetProperty("token").GetString()!;
        await Send(http, statuses, HttpMethod.Get, $"/v3/directline/conversations/{conversation}?watermark=0", token);
        await done.CancelAsync();
        await polling;
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private static async Task PollAsync(HttpClient http, ConcurrentBag<HttpStatusCode> statuses, string conversation, string token, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await Send(http, statuses, HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities?watermark=", token);
            }
        }
        catch (OperationCanceledException)
        {
            // The chat is over.
        }
    }

    private static async Task<JsonElement> Send(HttpClient http, ConcurrentBag<HttpStatusCode> statuses, HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = DirectLineClient.Request(method, path, token);
        request.Content = body is null ? null : JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        statuses.Add(response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }
}
