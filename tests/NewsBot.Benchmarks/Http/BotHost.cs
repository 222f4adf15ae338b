using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NewsBot.Benchmarks.Http;

// The real bot (NewsBot.dll, built beside the benchmark in the same configuration) as its own process on 127.0.0.1,
// answering from a database the benchmark already indexed. It indexes nothing at start (an empty Coverage:SeedsPath),
// keeps its conversation and Direct Line files in the work folder, and has its rate limits raised: every worker of the
// load generator calls from one address, each far faster than a person types.
internal sealed class BotHost : IAsyncDisposable
{
    public const string Secret = "benchmark-direct-line-secret-0123456789abcdef";

    // The settings the load test changes besides the file paths; the report lists them.
    public static readonly IReadOnlyList<string> RaisedLimits =
    [
        "RateLimits:PerClient:TokenLimit=1000000", "RateLimits:PerClient:TokensPerPeriod=1000000",
        "RateLimits:PerConversation:TokenLimit=1000000", "RateLimits:PerConversation:TokensPerPeriod=1000000",
        "DirectLine:ActivitiesPerMinute=100000000", "DirectLine:ConversationsPerMinute=1000000",
    ];

    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotHost(Process process, Uri url) => (_process, Url) = (process, url);

    public Uri Url { get; }

    public static async Task<BotHost> StartAsync(string databasePath, string stateFolder, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "NewsBot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"No NewsBot.dll at {dll}: the benchmark's build puts it there.");
        }

        Directory.CreateDirectory(stateFolder);
        foreach (var file in Directory.EnumerateFiles(stateFolder))
        {
            File.Delete(file);
        }

        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var setting in new[]
        {
            $"Urls={url.GetLeftPart(UriPartial.Authority)}", $"Coverage:DatabasePath={databasePath}", "Coverage:SeedsPath=",
            $"Conversation:DatabasePath={Path.Combine(stateFolder, "conversations.db")}",
            $"DirectLine:DatabasePath={Path.Combine(stateFolder, "directline.db")}", $"DirectLine:Secret={Secret}",
        }.Concat(RaisedLimits))
        {
            start.ArgumentList.Add("--" + setting);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start NewsBot.");
        var host = new BotHost(process, url);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    // The host's processor time so far (user and system, all threads), from /proc; null where there is no /proc.
    public TimeSpan? ProcessorTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    // VmHWM (the peak resident set) from /proc/<pid>/status, in megabytes.
    public double? PeakResidentMb()
    {
        var status = $"/proc/{_process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"NewsBot exited at start-up (exit code {_process.ExitCode}):\n{Output()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"NewsBot did not answer /healthz within two minutes:\n{Output()}");
    }

    // What the bot printed, for the message when it fails or a measurement went wrong; only the last lines are kept.
    private void Keep(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200)
            {
                _output.RemoveAt(0);
            }
        }
    }

    public string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
