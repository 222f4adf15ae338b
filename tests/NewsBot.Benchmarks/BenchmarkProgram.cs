using NewsBot.Benchmarks.Runs;

namespace NewsBot.Benchmarks;

// The command line: the benchmark for people (and CI), or one measurement in a child process.
internal static class BenchmarkProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            if (args is ["--child", var kind, var request, var result])
            {
                await ChildRuns.RunAsync(kind, request, result, cancellation.Token);
                return 0;
            }

            var settings = BenchmarkSettings.Parse(args);
            if (settings.ShowHelp)
            {
                await Console.Out.WriteLineAsync(BenchmarkSettings.Usage);
                return 0;
            }

            return await Benchmark.RunAsync(settings, cancellation.Token);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n\n{BenchmarkSettings.Usage}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }
}
