using NewsBot.Coverage;

namespace NewsBot.Cli;

internal static class IndexCommand
{
    public static async Task<int> RunAsync(CommandContext context, string[] args)
    {
        if (args.Length > 1)
        {
            throw new UsageException("index takes at most one path");
        }

        var path = args.Length == 1 ? Path.GetFullPath(args[0]) : context.Options.SeedsPath;
        var report = await context.Coverage.IndexAsync(path, context.CancellationToken);
        await Console.Out.WriteLineAsync(Describe(path, report, context.Coverage.DatabasePath));
        return 0;
    }

    public static async Task RefreshSeedsAsync(CommandContext context)
    {
        var path = context.Options.SeedsPath;
        if (!string.IsNullOrWhiteSpace(path) && (Directory.Exists(path) || File.Exists(path)))
        {
            var report = await context.Coverage.IndexAsync(path, context.CancellationToken);
            foreach (var warning in report.Warnings)
            {
                await Console.Error.WriteLineAsync($"warning: {warning}");
            }
        }
    }

    private static string Describe(string path, IndexReport report, string database)
    {
        var lines = new List<string>
        {
            $"Indexed {path} into {database} in {report.Elapsed.TotalMilliseconds:0} ms:",
            $"  {report.Added.Count} added, {report.Updated.Count} updated, {report.Removed.Count} removed, {report.Unchanged} unchanged, {report.Skipped.Count} skipped",
            $"  {report.SentencesWritten} sentences written; the index holds {report.Articles} articles, {report.Sentences} sentences",
        };
        lines.AddRange(report.Added.Select(s => $"  + {s}"));
        lines.AddRange(report.Updated.Select(s => $"  ~ {s}"));
        lines.AddRange(report.Removed.Select(s => $"  - {s}"));
        lines.AddRange(report.Skipped.Select(s => $"  skipped {s}"));
        lines.AddRange(report.Warnings.Select(s => $"  warning: {s}"));
        return string.Join(Environment.NewLine, lines);
    }
}
