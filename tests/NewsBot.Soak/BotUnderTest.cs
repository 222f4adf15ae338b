using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsBot.Soak;

// The bot the soak talks to: started here as its own process on 127.0.0.1 with SQLite files in a fresh temp folder,
// or one already running. Its memory is read from /proc: the resident set size, what the OS has given it.
internal sealed class BotUnderTest : IDisposable
{
    public const string Secret = "soak-direct-line-secret-0123456789abcdef";

    private readonly Process? _process;
    private readonly string? _folder;

    private BotUnderTest(Uri url, int pid, Process? process, string? folder) => (Url, Pid, _process, _folder) = (url, pid, process, folder);

    public Uri Url { get; }

    public int Pid { get; }

    public static BotUnderTest Attach(Uri url, int pid) => new(url, pid, null, null);

    public static BotUnderTest Start(string? botDll)
    {
        var dll = botDll ?? Path.Combine(AppContext.BaseDirectory, "NewsBot.dll");
        if (!File.Exists(dll))
        {
            throw new ArgumentException($"No NewsBot.dll at {dll}; build first or pass --bot.");
        }

        var folder = Directory.CreateTempSubdirectory("newsbot-soak-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            dll, $"--Urls=http://127.0.0.1:{port}", $"--Coverage:DatabasePath={folder}/coverage.db", $"--Conversation:DatabasePath={folder}/conversations.db",
            $"--DirectLine:DatabasePath={folder}/directline.db", $"--DirectLine:Secret={Secret}",
            // All the soak's conversations come from one address: lift the per-address limits, keep the per-conversation ones.
            "--RateLimits:PerClient:TokenLimit=1000000", "--RateLimits:PerClient:TokensPerPeriod=1000000", "--DirectLine:ConversationsPerMinute=1000000",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Forward(line.Data);
        process.ErrorDataReceived += (_, line) => Forward(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotUnderTest(new Uri($"http://127.0.0.1:{port}"), process.Id, process, folder);
    }

    // Waits (at most a minute) until /healthz answers.
    public async Task WaitUntilReadyAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException("NewsBot exited at start-up.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Url, "/healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("NewsBot did not answer /healthz within a minute.");
    }

    // VmRSS from /proc/<pid>/status, in megabytes.
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    public void Dispose()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
            _process.Dispose();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // The bot's own warnings and errors, marked, so they stand out in the soak's output.
    private static void Forward(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            Console.Error.WriteLine("  bot| " + line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
