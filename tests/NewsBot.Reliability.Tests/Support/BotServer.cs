using System.Net;
using System.Net.Sockets;

namespace NewsBot.Reliability.Tests.Support;

// NewsBot serving on 127.0.0.1 as a child process, with its SQLite files in a folder that outlives it, so a test can
// SIGKILL it and start it again on the same files. It is ready when it says so ("Application started").
internal sealed class BotServer : IDisposable
{
    private readonly NewsBotProcess _process;

    private BotServer(NewsBotProcess process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public Uri BaseAddress { get; }

    public string Output => _process.Output;

    public static async Task<BotServer> StartAsync(
        string folder, IReadOnlyDictionary<string, string?>? settings = null, IReadOnlyDictionary<string, string>? environment = null, int? port = null)
    {
        port ??= FreePort();
        var all = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Coverage:DatabasePath"] = Path.Combine(folder, "coverage.db"),
            ["Conversation:DatabasePath"] = Path.Combine(folder, "conversations.db"),
            ["DirectLine:DatabasePath"] = Path.Combine(folder, "directline.db"),
            ["DirectLine:Secret"] = ReliabilityHost.DirectLineSecret,
            // Hosted services (the seed indexer among them) start before the server, so this line means ready.
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var process = NewsBotProcess.Start(all.Select(setting => $"--{setting.Key}={setting.Value}"), environment);
        try
        {
            await process.WaitForOutputAsync("Application started", TimeSpan.FromMinutes(2));
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return new BotServer(process, new Uri($"http://127.0.0.1:{port}"));
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    // SIGKILL: the process gets no chance to flush or close anything.
    public void Kill() => _process.Kill();

    public void Dispose() => _process.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
