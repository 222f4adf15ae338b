using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Http;

// Closed-loop load: every worker asks its next question as soon as it has the answer to the last one, for a warm-up
// and then a measured window. A question counts in the window when its answer arrived inside it; its latency runs from
// the request to that arrival. Each worker starts at its own place in the question list, so they ask different things.
internal static class HttpLoad
{
    private const int ErrorsKept = 5;

    public static async Task<LoadResult> RunAsync(
        IReadOnlyList<IAsker> askers, IReadOnlyList<string> questions, TimeSpan warmUp, TimeSpan window, BotHost host, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var samples = askers.Select(_ => new List<(long Asked, AskResult Result)>()).ToArray();
        var errors = new List<string>();
        var errorCount = 0;
        var workers = askers.Select((asker, w) => Task.Run(async () =>
        {
            for (var i = (long)w * questions.Count / askers.Count; !stop.IsCancellationRequested; i++)
            {
                var asked = Stopwatch.GetTimestamp();
                try
                {
                    samples[w].Add((asked, await asker.AskAsync(questions[(int)(i % questions.Count)], stop.Token)));
                }
                catch (Exception ex) when (ex is HttpRequestException or JsonException or WebSocketException or TimeoutException or InvalidOperationException
                    && !stop.IsCancellationRequested)
                {
                    lock (errors)
                    {
                        if (++errorCount <= ErrorsKept)
                        {
                            errors.Add($"worker {w}: {ex.GetType().Name}: {ex.Message}");
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }, CancellationToken.None)).ToArray();

        await Task.Delay(warmUp, cancellationToken);
        var cpuStart = host.ProcessorTime();
        var clientCpuStart = MemoryStats.ProcessorTime();
        var from = Stopwatch.GetTimestamp();
        await Task.Delay(window, cancellationToken);
        var to = Stopwatch.GetTimestamp();
        var cpu = host.ProcessorTime() - cpuStart;
        var clientCpu = MemoryStats.ProcessorTime() - clientCpuStart;
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var inWindow = samples.SelectMany(s => s).Where(s => s.Result.AnsweredAt >= from && s.Result.AnsweredAt <= to).ToList();
        var answers = inWindow.Where(s => s.Result.IsAnswer).ToList();
        var seconds = Stopwatch.GetElapsedTime(from, to).TotalSeconds;
        return new LoadResult(
            seconds, answers.Count, inWindow.Count - answers.Count, errorCount, answers.Count / seconds,
            LatencyStats.Of(answers.Select(s => s.Result.AnsweredAt - s.Asked).ToList()),
            cpu is { } used && answers.Count > 0 ? used.TotalMilliseconds / answers.Count : double.NaN,
            answers.Count > 0 ? clientCpu.TotalMilliseconds / answers.Count : double.NaN,
            errors);
    }
}

// Answers: replies carrying the answer object for the question asked; OtherReplies: replies that did not.
// HostCpuMsPerAnswer: the bot process's processor time in the window per answer; ClientCpuMsPerAnswer: the load generator's.
internal sealed record LoadResult(
    double Seconds, int Answers, int OtherReplies, int Errors, double AnswersPerSecond, LatencyStats Latency,
    double HostCpuMsPerAnswer, double ClientCpuMsPerAnswer, IReadOnlyList<string> ErrorExamples);
