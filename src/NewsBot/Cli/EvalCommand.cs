using System.Globalization;
using NewsBot.Coverage.Evaluation;

namespace NewsBot.Cli;

internal static class EvalCommand
{
    public static async Task<int> RunAsync(CommandContext context, string[] args)
    {
        if (args.Length != 1)
        {
            throw new UsageException("eval takes one file: questions.dev.json or a TrecQA-style .jsonl");
        }

        var path = Path.GetFullPath(args[0]);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such file: {path}");
        }

        if (!DevSetEvaluator.IsDevSet(path))
        {
            var ranking = RankingEvaluator.Run(path);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{ranking.Questions} questions: MAP {ranking.Map:0.000}, MRR {ranking.Mrr:0.000}, P@1 {ranking.PrecisionAt1:0.000}"));
            return 0;
        }

        await IndexCommand.RefreshSeedsAsync(context);
        var report = await DevSetEvaluator.RunAsync(context.Coverage, path, context.CancellationToken);
        foreach (var failure in report.Failures)
        {
            await Console.Out.WriteLineAsync($"FAIL {failure.Question}\n     expected: {(failure.Expected is null ? "an abstention" : string.Join(" | ", failure.Expected))}\n     {failure.Why}\n     got: [{failure.Answer.Status} {failure.Answer.Confidence}] {failure.Answer.Text ?? "-"} ({string.Join(", ", failure.Answer.Citations.Select(c => c.Source[..Math.Min(3, c.Source.Length)]))})");
        }

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"answered correctly: {report.Correct}/{report.Answerable} ({report.Accuracy:0.0}%); citation precision {report.CitationPrecision:0.000}; abstention precision {report.AbstentionPrecision:0.000}, recall {report.AbstentionRecall:0.000} ({report.Abstained}/{report.Unanswerable})"));
        return 0;
    }
}
