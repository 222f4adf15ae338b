using System.Diagnostics;

namespace NewsBot.Benchmarks.Measurement;

// Answers per second with several threads asking at once, each taking the next question from a shared list.
internal static class Throughput
{
    public static async Task<double> MeasureAsync<T>(IReadOnlyList<T> questions, int total, int threads, Func<T, Task> ask, CancellationToken cancellationToken)
    {
        if (questions.Count == 0 || total == 0)
        {
            return 0;
        }

        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ask(questions[i % questions.Count]);
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        return total / stopwatch.Elapsed.TotalSeconds;
    }
}
