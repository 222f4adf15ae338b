using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsBot.Reliability.Tests.Support;

// An HTTP proxy on 127.0.0.1 that forwards nothing: a bot started with HTTP_PROXY/HTTPS_PROXY pointing here sends
// every request for a non-loopback host to it, so a test can see whether the bot tried to reach an arbitrary host.
// It records each request line ("POST http://attacker.example/v3/...", "CONNECT attacker.example:443") and answers
// 200 {"id":"trapped"}.
internal sealed class ProxyTrap : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly CancellationTokenSource _stop = new();

    public ProxyTrap()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public IReadOnlyCollection<string> Requests => _requests;

    // The variables a .NET process reads its proxy from; loopback addresses go direct.
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["HTTP_PROXY"] = Url,
        ["HTTPS_PROXY"] = Url,
        ["NO_PROXY"] = "127.0.0.1,localhost",
    };

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = AnswerAsync(client);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync(_stop.Token);
                if (requestLine is not null)
                {
                    _requests.Enqueue(requestLine);
                }

                var answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\nConnection: close\r\n\r\n{\"id\":\"trapped\"}"u8.ToArray();
                await stream.WriteAsync(answer, _stop.Token);
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or SocketException)
            {
                // The bot hung up.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
