using System.Net.WebSockets;
using System.Text;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Runs one Direct Line WebSocket: replays the stored activities strictly after the client's watermark, then sends
/// each new activity as an ActivitySet frame, and an empty frame when idle. Frames from the client (empty pings, or
/// activities, which Direct Line does not accept on the socket) are read and ignored.
/// </summary>
internal sealed class StreamPump(ConversationLog log, DirectLineOptions options, TimeProvider timeProvider)
{
    public async Task RunAsync(WebSocket socket, StreamSubscription subscription, long watermark, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = ReceiveUntilClosedAsync(socket, stop.Token);
        try
        {
            var sent = await ReplayAsync(socket, subscription.ConversationId, watermark, stop.Token);
            Task<bool>? reading = null;
            while (true)
            {
                reading ??= subscription.Events.WaitToReadAsync(stop.Token).AsTask();
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                var keepAlive = Task.Delay(options.KeepAliveInterval, timeProvider, idle.Token);
                var first = await Task.WhenAny(reading, keepAlive, receiving);
                await idle.CancelAsync();
                if (first == receiving)
                {
                    await CloseAsync(socket, WebSocketCloseStatus.NormalClosure, null);
                    return;
                }

                if (first == keepAlive)
                {
                    await SendAsync(socket, string.Empty, stop.Token);
                    continue;
                }

                if (!await reading)
                {
                    // The client fell too far behind (or the stream is being shut): it reconnects from its watermark.
                    await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, subscription.Overflowed ? "overflow" : "closed");
                    return;
                }

                reading = null;
                sent = await SendQueuedAsync(socket, subscription, sent, stop.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client went away or the server is stopping; the client resumes from its watermark.
        }
        finally
        {
            await stop.CancelAsync();
            if (cancellationToken.IsCancellationRequested)
            {
                await CloseAsync(socket, WebSocketCloseStatus.EndpointUnavailable, "server stopping");
            }
        }
    }

    private async Task<long> ReplayAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var sent = watermark;
        while (true)
        {
            var page = await log.ReadAfterAsync(conversationId, sent, options.PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return sent;
            }

            sent = page[^1].Sequence;
            await SendAsync(socket, ActivitySetJson.Frame(page.Select(activity => activity.Json), sent), cancellationToken);
            if (page.Count < options.PageSize)
            {
                return sent;
            }
        }
    }

    private static async Task<long> SendQueuedAsync(WebSocket socket, StreamSubscription subscription, long sent, CancellationToken cancellationToken)
    {
        var activities = new List<string>();
        long? watermark = null;
        while (subscription.Events.TryRead(out var streamEvent))
        {
            // Already replayed from the database: sending it again would duplicate it.
            if (streamEvent.Sequence is { } sequence && sequence <= sent)
            {
                continue;
            }

            activities.Add(streamEvent.ActivityJson);
            if (streamEvent.Sequence is { } next)
            {
                sent = next;
                watermark = next;
            }
        }

        if (activities.Count > 0)
        {
            await SendAsync(socket, ActivitySetJson.Frame(activities, watermark), cancellationToken);
        }

        return sent;
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Nothing more will come from this client.
        }
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string? reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Closing is a courtesy; the connection is going away either way.
        }
    }
}
