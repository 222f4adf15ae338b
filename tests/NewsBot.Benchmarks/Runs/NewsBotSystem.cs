using NewsBot.Coverage;

namespace NewsBot.Benchmarks.Runs;

internal sealed class NewsBotSystem(string databasePath) : IAnswerSystem
{
    private readonly NewsCoverage _coverage = new(new CoverageOptions { DatabasePath = databasePath, SeedsPath = "" }, TimeProvider.System);

    public string Name => "NewsBot";

    public BuildStats? Build => null;

    public async Task<SystemReply> AskAsync(string question, CancellationToken cancellationToken)
    {
        var answer = await _coverage.AnswerAsync(question, AnswerOptions.Default, cancellationToken);
        var answered = answer.Status == AnswerStatus.Answered;
        return new SystemReply(
            answered,
            $"{answer.Text} {answer.Sentence}",
            answer.Sentence ?? (answer.Claims.Count > 0 ? answer.Claims[0].Sentence : null),
            answer.Citations.Select(c => c.Source).ToList());
    }

    public void Dispose() => _coverage.Dispose();
}
