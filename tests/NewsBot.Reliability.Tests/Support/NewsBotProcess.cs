using System.Diagnostics;
using System.Text;

namespace NewsBot.Reliability.Tests.Support;

// The built NewsBot.dll as a child process (a CLI verb or the server), with its output kept, that a test can kill the
// way a crash or an OOM killer does: SIGKILL, no chance to clean up.
internal sealed class NewsBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private NewsBotProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static NewsBotProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repository.NewsBotDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var child = new NewsBotProcess(Process.Start(start)!);
        child._process.OutputDataReceived += (_, line) => child.Append(line.Data);
        child._process.ErrorDataReceived += (_, line) => child.Append(line.Data);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    // Runs a verb to its end (killed past the timeout) and answers its exit code and output.
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var child = Start(arguments);
        return (await child.WaitForExitAsync(timeout), child.Output);
    }

    // Completes when a line of output contains the text; fails if the process exits first or the timeout passes.
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            _awaited.Add((text, seen));
        }

        var exited = _process.WaitForExitAsync();
        if (await Task.WhenAny(seen.Task, exited).WaitAsync(timeout) == exited)
        {
            throw new InvalidOperationException($"NewsBot exited before printing \"{text}\":\n{Output}");
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"NewsBot did not finish within {timeout}:\n{Output}");
        }

        // The exit event can come before the last lines of output are read.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    // SIGKILL (Process.Kill on Unix), then wait until the process is gone so its files are free.
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
                foreach (var (text, seen) in _awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)))
                {
                    seen.TrySetResult();
                }
            }
        }
    }
}
