using NewsBot.Coverage.Evaluation;
using NewsBot.Coverage.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Coverage.Tests.Answering;

public class DevSetEvaluationTests(SeedCoverage seeds, ITestOutputHelper output) : IClassFixture<SeedCoverage>
{
    [Fact]
    public async Task Answers_at_least_90_percent_of_answerable_questions_citing_only_supporting_sources_and_abstains_on_the_rest()
    {
        var report = await DevSetEvaluator.RunAsync(seeds.Coverage, RepositoryPaths.Data("questions.dev.json"));
        foreach (var failure in report.Failures)
        {
            output.WriteLine($"{failure.Question}: {failure.Why} (got {failure.Answer.Status} {failure.Answer.Confidence}: {failure.Answer.Text})");
        }

        output.WriteLine($"{report.Correct}/{report.Answerable} correct, citation precision {report.CitationPrecision:0.000}, abstained {report.Abstained}/{report.Unanswerable}");
        Assert.True(report.Accuracy >= 90, $"only {report.Accuracy:0.0}% of answerable questions answered correctly");
        Assert.Equal(report.Unanswerable, report.Abstained);
    }

    [Fact]
    public async Task Generalises_to_questions_worded_differently_from_the_dev_set()
    {
        var report = await DevSetEvaluator.RunAsync(seeds.Coverage, RepositoryPaths.Data("questions.extra.json"));
        foreach (var failure in report.Failures)
        {
            output.WriteLine($"{failure.Question}: {failure.Why} (got {failure.Answer.Status} {failure.Answer.Confidence}: {failure.Answer.Text})");
        }

        Assert.True(report.Accuracy >= 85, $"only {report.Accuracy:0.0}% of answerable questions answered correctly");
        Assert.Equal(1.0, report.CitationPrecision);
        Assert.Equal(report.Unanswerable, report.Abstained);
    }

    [Fact]
    public void Ranks_TrecQA_candidates_well_above_chance()
    {
        var report = RankingEvaluator.Run(RepositoryPaths.Data("trecqa-dev-clean.jsonl"));
        output.WriteLine($"MAP {report.Map:0.000} MRR {report.Mrr:0.000} P@1 {report.PrecisionAt1:0.000}");
        Assert.Equal(65, report.Questions);
        Assert.True(report.Map >= 0.70, $"MAP {report.Map:0.000}");
        Assert.True(report.Mrr >= 0.75, $"MRR {report.Mrr:0.000}");
    }
}
