using System.Globalization;

namespace NewsBot.Soak;

// The command line of the soak: how long, how many conversations, how often each asks, and which bot.
internal sealed record SoakOptions(TimeSpan Duration, int Conversations, TimeSpan Interval, string? BotDll, Uri? Url, int? Pid)
{
    public const string Usage =
        """
        usage: NewsBot.Soak [--minutes 10] [--conversations 40] [--interval 4] [--bot PATH/NewsBot.dll] [--url URL --pid PID]
          Starts NewsBot (beside this program, or --bot) on 127.0.0.1 with fresh SQLite files and asks it questions
          steadily: each conversation one every --interval seconds, through Direct Line (with its WebSocket open) and
          now and then /api/messages (expectReplies); conversations are replaced every 25 questions. Prints the bot's
          memory (RSS) each minute and at the end, and the error count; exits 1 if there was any error.
          --url and --pid aim it at a bot already running on 127.0.0.1 instead.
        """;

    public static SoakOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value pairs, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var url = values.TryGetValue("url", out var u) ? new Uri(u) : null;
        if (url is not null && !url.IsLoopback)
        {
            throw new ArgumentException("--url must be a loopback address (127.0.0.1 or localhost).");
        }

        var options = new SoakOptions(
            TimeSpan.FromMinutes(Number(values, "minutes", 10)),
            (int)Number(values, "conversations", 40),
            TimeSpan.FromSeconds(Number(values, "interval", 4)),
            values.GetValueOrDefault("bot"),
            url,
            values.TryGetValue("pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null);
        return (options.Url is null) == (options.Pid is null) ? options : throw new ArgumentException("Give --url and --pid together.");
    }

    private static double Number(Dictionary<string, string> values, string name, double fallback) =>
        values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) is > 0 and < 100_000 and var value ? value
            : throw new ArgumentException($"--{name} must be a positive number.") : fallback;
}
