using System.Diagnostics;
using System.Text;

namespace NewsBot.DirectLine.Tests.Support;

// Runs one of js/*.mjs with Node against a running host. Node, the npm packages (npm ci in js/, done by .ci/install)
// and, for the browser, Debian's chromium are prerequisites: without them the test fails saying what to install.
internal static class NodeScript
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<string> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        Require(File.Exists(Path.Combine(Repository.Scripts, "node_modules", "botframework-directlinejs", "package.json")),
            $"the test clients are not installed: run .ci/install, or `npm ci` in {Repository.Scripts}.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Repository.Scripts, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js is not installed (`node` is not on the PATH); run .ci/install or install Node 20.", exception);
        }

        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, line) => Append(output, line.Data);
            process.ErrorDataReceived += (_, line) => Append(output, line.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {script} did not finish within {timeout}:\n{output}");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}:\n{output}");
            return output.ToString();
        }
    }

    public static void RequireChromium() =>
        Require(File.Exists(Chromium), $"{Chromium} is missing: run .ci/install (apt-get install chromium).");

    private static void Require(bool condition, string message) => Assert.True(condition, "Cannot run the real-client tests: " + message);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
