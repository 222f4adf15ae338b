using NewsBot.Benchmarks.Corpora;
using NewsBot.Benchmarks.Questions;
using NewsBot.Benchmarks.Report;
using NewsBot.Benchmarks.Runs;

namespace NewsBot.Benchmarks.Http;

// Item 5 of the benchmark issue: the real bot as its own process on each indexed size, asked by concurrent clients
// through POST /api/messages (expectReplies) and through Direct Line (the answer read from the WebSocket).
internal static class HttpBench
{
    public const string BotMessages = "/api/messages";
    public const string DirectLine = "Direct Line";

    public static async Task<HttpSection> RunAsync(
        IReadOnlyList<(CorpusSize Size, IndexResult Indexing)> indexed, IReadOnlyList<BenchQuestion> questions, BenchmarkSettings settings, WorkFolder work,
        CancellationToken cancellationToken)
    {
        var texts = questions.Select(q => q.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var warmUp = TimeSpan.FromSeconds(settings.Quick ? 1 : 5);
        var window = TimeSpan.FromSeconds(settings.HttpSeconds);
        var runs = new List<HttpRun>();
        // --quick measures the smallest and the largest size; a full run all three.
        foreach (var (size, indexing) in indexed.Where((_, i) => !settings.Quick || i == 0 || i == indexed.Count - 1))
        {
            await using var host = await BotHost.StartAsync(work.Database(size.Name), work.HttpState(size.Name), cancellationToken);
            using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = host.Url,
                Timeout = TimeSpan.FromMinutes(1),
            };
            foreach (var path in new[] { BotMessages, DirectLine })
            {
                await Console.Out.WriteLineAsync($"asking {size.Label} through {path} over HTTP ({settings.Concurrency} clients, {warmUp.TotalSeconds:0} s warm-up, {window.TotalSeconds:0} s measured) ...");
                var askers = Enumerable.Range(0, settings.Concurrency)
                    .Select(w => path == BotMessages ? (IAsker)new BotMessagesAsker(http, w) : new DirectLineAsker(http, w)).ToList();
                try
                {
                    foreach (var asker in askers)
                    {
                        await asker.StartAsync(cancellationToken);
                    }

                    var load = await HttpLoad.RunAsync(askers, texts, warmUp, window, host, cancellationToken);
                    runs.Add(new HttpRun(size.Name, size.Label, indexing.Sentences, path, settings.Concurrency, warmUp.TotalSeconds, load, host.PeakResidentMb() ?? double.NaN));
                    await Console.Out.WriteLineAsync($"  {load.AnswersPerSecond:N0} answers/s, p50 {load.Latency.P50Ms:0.0} ms, p95 {load.Latency.P95Ms:0.0} ms ({load.Errors} errors)");
                    if (load.Errors > 0 || load.OtherReplies > 0)
                    {
                        await Console.Out.WriteLineAsync($"  the bot's last output:\n{host.Output()}");
                    }
                }
                finally
                {
                    foreach (var asker in askers)
                    {
                        await asker.DisposeAsync();
                    }
                }
            }
        }

        return new HttpSection(true, Note(settings), settings.Concurrency, warmUp.TotalSeconds, window.TotalSeconds, BotHost.RaisedLimits, runs);
    }

    private static string Note(BenchmarkSettings settings) =>
        $"NewsBot.dll ({Configuration()}) as its own process on 127.0.0.1, answering from the benchmark's index (nothing indexed at start), " +
        $"default settings but rate limits raised for one address; a .NET client in the benchmark process with {settings.Concurrency} workers, each its own conversation, " +
        "asking its next question as soon as it has the last answer.";

    private static string Configuration() =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif
}

// One path at one size. HostPeakRssMb: the bot process's peak resident set so far (VmHWM).
internal sealed record HttpRun(string Size, string Label, int Sentences, string Path, int Concurrency, double WarmUpSeconds, LoadResult Load, double HostPeakRssMb);
