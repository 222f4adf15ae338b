using System.Diagnostics;

namespace NewsBot.Benchmarks.Runs;

// Starts this program again for one measurement and reads back its result.
internal static class ChildProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(30);

    public static async Task<TResult> RunAsync<TRequest, TResult>(string kind, TRequest request, string workFolder, string tag, CancellationToken cancellationToken)
    {
        var requestPath = Path.Combine(workFolder, $"{kind}-{tag}.request.json");
        var resultPath = Path.Combine(workFolder, $"{kind}-{tag}.result.json");
        BenchJson.Write(requestPath, request);
        File.Delete(resultPath);

        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in new[] { "--child", kind, requestPath, resultPath })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the {kind} run.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0 || !File.Exists(resultPath))
        {
            throw new InvalidOperationException($"The {kind} run for {tag} failed (exit code {process.ExitCode}).");
        }

        return BenchJson.Read<TResult>(resultPath);
    }
}
