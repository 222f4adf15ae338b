using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace NewsBot.Soak;

// One person chatting steadily: a Direct Line conversation with its WebSocket open, a question every interval, each
// answer checked (its answer object names the question asked); every fifth question through /api/messages with
// expectReplies instead; a fresh conversation every 25 questions.
internal sealed class SoakClient(HttpClient http, int number, int of, TimeSpan interval, SoakTally tally)
{
    private const string AnswerType = "application/vnd.newsbot.answer+json";
    private static readonly string[] Questions =
        ["When are the Geneva talks?", "Who will lead the US delegation?", "How many troops are at the border?", "Where will Biden and Putin talk?"];

    public async Task RunAsync(CancellationToken stop)
    {
        // Spread over the interval, so the load is steady rather than every client at once.
        await Task.Delay(interval * number / of, CancellationToken.None);
        using var timer = new PeriodicTimer(interval);
        for (var conversation = 0; !stop.IsCancellationRequested; conversation++)
        {
            var (id, token, streamUrl) = await StartAsync();
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(streamUrl), stop);
            var draining = DrainAsync(socket);
            var watermark = "";
            for (var n = 0; n < 25 && await timer.TickAsync(stop); n++)
            {
                var question = $"{Questions[n % Questions.Length]} ({number}.{conversation}.{n})";
                tally.Ask();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var answered = n % 5 == 4 ? await AskBotFrameworkAsync(question) : await AskDirectLineAsync(id, token, question, watermark);
                    watermark = answered.Watermark ?? watermark;
                    Record(answered.Question == question, question, answered.Question, started);
                }
                catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException)
                {
                    tally.Error($"client {number}: \"{question}\": {exception.GetType().Name}: {exception.Message}");
                }
            }

            // The drain reads the server's answering close frame and ends.
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "next conversation", CancellationToken.None);
            await draining.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }
    }

    private void Record(bool right, string question, string? got, long started)
    {
        if (right)
        {
            tally.Answer(Stopwatch.GetElapsedTime(started));
        }
        else
        {
            tally.Error($"client {number}: \"{question}\" was answered as \"{got}\"");
        }
    }

    private async Task<(string Id, string Token, string StreamUrl)> StartAsync()
    {
        var generated = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", BotUnderTest.Secret, new { user = new { id = $"soak-{number}" } });
        var token = generated.GetProperty("token").GetString()!;
        var started = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new { user = new { id = $"soak-{number}" } });
        token = (await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null)).GetProperty("token").GetString()!;
        return (started.GetProperty("conversationId").GetString()!, token, started.GetProperty("streamUrl").GetString()!);
    }

    // The POST returns when the turn is over, so the answer is in the activities after the watermark.
    private async Task<(string? Question, string? Watermark)> AskDirectLineAsync(string id, string token, string question, string watermark)
    {
        var posted = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token,
            new { type = "message", from = new { id = $"soak-{number}" }, text = question });
        var set = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={watermark}", token, null);
        var answer = set.GetProperty("activities").EnumerateArray().Single(a =>
            a.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == posted.GetProperty("id").GetString()
            && a.TryGetProperty("valueType", out var type) && type.GetString() == AnswerType);
        return (answer.GetProperty("value").GetProperty("question").GetString(), set.GetProperty("watermark").GetString());
    }

    private async Task<(string? Question, string? Watermark)> AskBotFrameworkAsync(string question)
    {
        var activity = new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "soak", serviceUrl = "http://127.0.0.1:9/", deliveryMode = "expectReplies",
            conversation = new { id = $"soak-bf-{number}" }, from = new { id = $"soak-{number}" }, recipient = new { id = "bot" }, text = question,
        };
        var replies = await SendAsync(HttpMethod.Post, "/api/messages", null, activity);
        var answer = replies.GetProperty("activities").EnumerateArray().Single(a => a.TryGetProperty("valueType", out var type) && type.GetString() == AnswerType);
        return (answer.GetProperty("value").GetProperty("question").GetString(), null);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string? bearer, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text).RootElement.Clone()
            : throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}");
    }

    // Reads the stream as a client does, so the server's pump and keep-alives are part of the load.
    private async Task DrainAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while ((await socket.ReceiveAsync(buffer, CancellationToken.None)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (WebSocketException exception)
        {
            tally.Error($"client {number}: the stream failed: {exception.Message}");
        }
    }
}
