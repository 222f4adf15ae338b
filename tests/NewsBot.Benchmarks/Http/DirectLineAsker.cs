using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace NewsBot.Benchmarks.Http;

// A Direct Line 3.0 client as Web Chat is one: a token (from the secret), a conversation, its WebSocket stream open;
// each question is POSTed to the conversation's activities and its answer is the bot's message with that activity's
// id as replyToId, read from the stream. The latency runs from the POST to the answer's arrival on the socket.
internal sealed class DirectLineAsker(HttpClient http, int worker) : IAsker
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);

    private readonly string _user = $"dl_bench-{worker}";
    private readonly ConcurrentDictionary<string, TaskCompletionSource<(JsonElement Activity, long At)>> _replies = new(StringComparer.Ordinal);
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _closing = new();
    private string _token = "";
    private string _conversation = "";
    private Task _receiving = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (var generated = await HttpJson.SendAsync(http, "/v3/directline/tokens/generate", BotHost.Secret, new { user = new { id = _user } }, cancellationToken))
        {
            _token = generated.RootElement.GetProperty("token").GetString()!;
        }

        using var started = await HttpJson.SendAsync(http, "/v3/directline/conversations", _token, null, cancellationToken);
        _conversation = started.RootElement.GetProperty("conversationId").GetString()!;
        await _socket.ConnectAsync(new Uri(started.RootElement.GetProperty("streamUrl").GetString()!), cancellationToken);
        _receiving = ReceiveAsync(_closing.Token);
    }

    public async Task<AskResult> AskAsync(string question, CancellationToken cancellationToken)
    {
        string id;
        var activity = new { type = "message", from = new { id = _user }, locale = "en-US", text = question };
        using (var posted = await HttpJson.SendAsync(http, $"/v3/directline/conversations/{_conversation}/activities", _token, activity, cancellationToken))
        {
            id = posted.RootElement.GetProperty("id").GetString()!;
        }

        var reply = Pending(id);
        try
        {
            var (answer, at) = await reply.Task.WaitAsync(AnswerTimeout, cancellationToken);
            return new AskResult(AnswerReply.Answers(answer, question), at);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No reply to activity {id} on the stream within {AnswerTimeout.TotalSeconds:0} s.");
        }
        finally
        {
            _replies.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
                await _receiving.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
            {
                // The measurement is over; a stream that does not close cleanly changes nothing.
            }
        }

        await _closing.CancelAsync();
        _socket.Dispose();
        _closing.Dispose();
    }

    private TaskCompletionSource<(JsonElement, long)> Pending(string activityId) =>
        _replies.GetOrAdd(activityId, _ => new TaskCompletionSource<(JsonElement, long)>(TaskCreationOptions.RunContinuationsAsynchronously));

    // Each stream message is an activity set; the bot's first message replying to an activity settles that activity
    // (the typing indicator before it does not). The reply may arrive before the POST that caused it has returned.
    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
                    buffer.Advance(received.Count);
                }
                while (!received.EndOfMessage);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var at = Stopwatch.GetTimestamp();
                if (buffer.WrittenCount > 0)
                {
                    Settle(buffer.WrittenMemory, at);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            foreach (var pending in _replies.Values)
            {
                pending.TrySetException(new WebSocketException($"The stream ended: {ex.Message}"));
            }
        }
    }

    private void Settle(ReadOnlyMemory<byte> message, long at)
    {
        using var set = JsonDocument.Parse(message);
        if (!set.RootElement.TryGetProperty("activities", out var activities))
        {
            return;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (AnswerReply.IsMessage(activity) && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } id
                && !(activity.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var fromId) && fromId.ValueEquals(_user)))
            {
                Pending(id).TrySetResult((activity.Clone(), at));
            }
        }
    }
}
