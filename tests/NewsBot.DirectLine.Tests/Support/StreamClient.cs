using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.DirectLine.Tests.Support;

// A WebSocket client of a Direct Line streamUrl: every text frame, keep-alives (empty) included.
public sealed class StreamClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private StreamClient() => _socket.Options.CollectHttpResponseDetails = true;

    public static async Task<StreamClient> ConnectAsync(string streamUrl)
    {
        var client = new StreamClient();
        await client._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return client;
    }

    // The HTTP status the server answered instead of upgrading.
    public static async Task<int> RefusalAsync(string streamUrl)
    {
        await using var client = new StreamClient();
        try
        {
            await client._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
            return 101;
        }
        catch (WebSocketException)
        {
            return (int)client._socket.HttpStatusCode;
        }
    }

    public async Task<string?> ReceiveTextAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    // Activities from ActivitySet frames (keep-alives skipped) until `done` holds for what arrived so far.
    public async Task<List<JsonNode>> ReceiveUntilAsync(Func<List<JsonNode>, bool> done, TimeSpan timeout)
    {
        var activities = new List<JsonNode>();
        var deadline = DateTime.UtcNow + timeout;
        while (!done(activities))
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"Timed out; received: {string.Join(", ", activities.Select(a => a["type"] + ":" + a["id"]))}");
            var frame = await ReceiveTextAsync(left) ?? throw new InvalidOperationException("The server closed the stream.");
            if (frame.Length > 0)
            {
                activities.AddRange(JsonNode.Parse(frame)!["activities"]!.AsArray().Select(activity => activity!.DeepClone()));
            }
        }

        return activities;
    }

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server is gone already.
            }
        }

        _socket.Dispose();
    }
}
