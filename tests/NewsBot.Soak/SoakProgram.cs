using System.Diagnostics;

namespace NewsBot.Soak;

internal static class SoakProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        SoakOptions options;
        try
        {
            options = SoakOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"{exception.Message}\n\n{SoakOptions.Usage}");
            return 2;
        }

        using var bot = options.Url is { } url ? BotUnderTest.Attach(url, options.Pid!.Value) : BotUnderTest.Start(options.BotDll);
        using var http = new HttpClient { BaseAddress = bot.Url, Timeout = TimeSpan.FromSeconds(30) };
        await bot.WaitUntilReadyAsync(http);
        var tally = new SoakTally();
        var startRss = bot.ResidentMegabytes();
        Console.WriteLine($"NewsBot pid {bot.Pid} at {bot.Url}: {options.Conversations} conversations, a question each every {options.Interval.TotalSeconds} s, for {options.Duration.TotalMinutes} min");
        Console.WriteLine($"  0 min  RSS {startRss,7:0.0} MB");

        using var stop = new CancellationTokenSource(options.Duration);
        var timer = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, options.Conversations).Select(n => Task.Run(() => new SoakClient(http, n, options.Conversations, options.Interval, tally).RunAsync(stop.Token))).ToList();
        using (var minutes = new PeriodicTimer(TimeSpan.FromMinutes(1)))
        {
            while (!stop.IsCancellationRequested && await minutes.TickAsync(stop.Token))
            {
                Console.WriteLine($"{timer.Elapsed.TotalMinutes,3:0} min  RSS {bot.ResidentMegabytes(),7:0.0} MB  asked {tally.Asked}  answered {tally.Answered}  errors {tally.Errors}");
            }
        }

        await Task.WhenAll(clients);
        var endRss = bot.ResidentMegabytes();
        var (median, p95) = tally.Latency();
        Console.WriteLine($"done in {timer.Elapsed.TotalMinutes:0.0} min: RSS {startRss:0.0} MB at start, {endRss:0.0} MB at end; {tally.Asked} questions, {tally.Answered} answered, {tally.Errors} errors; latency median {median:0} ms, p95 {p95:0} ms");
        foreach (var error in tally.FirstErrors)
        {
            Console.WriteLine("  error: " + error);
        }

        return tally.Errors == 0 && tally.Answered == tally.Asked ? 0 : 1;
    }
}
