using System.Net.WebSockets;
using System.Text.Json;

namespace NewsBot.Reliability.Tests.Support;

// A Direct Line stream as DirectLineJS reads it: ActivitySet frames, empty keep-alives ignored.
internal sealed class ActivityStream(ClientWebSocket socket) : IAsyncDisposable
{
    public static async Task<ActivityStream> OpenAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return new ActivityStream(socket);
    }

    // What arrives until `enough` says so, within the timeout.
    public async Task<List<JsonElement>> ReadUntilAsync(Func<List<JsonElement>, bool> enough, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var activities = new List<JsonElement>();
        var buffer = new byte[256 * 1024];
        while (!enough(activities))
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellation.Token);
                frame.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The server closed the stream.");
            }

            if (frame.Length > 0)
            {
                activities.AddRange(JsonDocument.Parse(frame.ToArray()).RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()));
            }
        }

        return activities;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }

        socket.Dispose();
    }
}
