using NewsBot.Coverage;

namespace NewsBot.Cli;

internal static class AskCommand
{
    public static async Task<int> RunAsync(CommandContext context, string[] args)
    {
        var json = false;
        var explain = false;
        string? outlet = null;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "--outlet" when i + 1 < args.Length:
                    outlet = args[++i];
                    break;
                case "--outlet":
                    throw new UsageException("--outlet needs a name, e.g. --outlet NPR");
                case "--help" or "-h":
                    await Console.Out.WriteLineAsync(CommandLine.Usage);
                    return 0;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"ask does not know the option '{option}'.");
                default:
                    words.Add(args[i]);
                    break;
            }
        }

        await IndexCommand.RefreshSeedsAsync(context);
        var options = new AnswerOptions(outlet);
        if (words.Count > 0)
        {
            await AskAsync(context, string.Join(' ', words), options, json);
            if (explain)
            {
                foreach (var line in await context.Coverage.ExplainAsync(string.Join(' ', words), cancellationToken: context.CancellationToken))
                {
                    await Console.Out.WriteLineAsync(line);
                }
            }

            return 0;
        }

        while (await Console.In.ReadLineAsync(context.CancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                await AskAsync(context, line.Trim(), options, json);
            }
        }

        return 0;
    }

    private static async Task AskAsync(CommandContext context, string question, AnswerOptions options, bool json)
    {
        var answer = await context.Coverage.AnswerAsync(question, options, context.CancellationToken);
        await Console.Out.WriteLineAsync(json ? AnswerJson.Serialize(answer) : AnswerText.Format(answer));
    }
}
