namespace NewsBot.Benchmarks.Runs;

// A system's reply to one question, reduced to what the judging needs.
internal sealed record SystemReply(bool Answered, string Reply, string? TopSentence, IReadOnlyList<string> Sources)
{
    public static SystemReply None { get; } = new(false, "", null, []);
}

// A question set's score, judged like `eval`: an answerable question is right when the reply contains an expected
// string and every cited source supports it; an unanswerable one is right when the system abstains.
internal sealed record SetScore(int Questions, int Answerable, int Correct, int Unanswerable, int Abstained)
{
    public double Score => Questions == 0 ? 0 : 100.0 * (Correct + Abstained) / Questions;

    public double AnswerableAccuracy => Answerable == 0 ? 0 : 100.0 * Correct / Answerable;
}

// Generated questions of one set (made from the seeds' or from the BBC's sentences): whether the top sentence is the
// one the question was made from, and how many were answered.
internal sealed record GeneratedScore(string Set, int Questions, int TopSentenceHits, int Answered)
{
    public double HitRate => Questions == 0 ? 0 : 100.0 * TopSentenceHits / Questions;

    public double AnsweredRate => Questions == 0 ? 0 : 100.0 * Answered / Questions;
}

internal sealed record QualityStats(SetScore Dev, SetScore Extra, IReadOnlyList<GeneratedScore> Generated)
{
    // Over the generated questions whose sentence is indexed at this size.
    public GeneratedScore GeneratedIndexed(bool bbcIndexed) => Sum(Generated.Where(g => bbcIndexed || !g.Set.EndsWith("bbc", StringComparison.Ordinal)));

    // Questions about stories not indexed at this size (the BBC's, at the seeds size): answering them is a confident mistake.
    public GeneratedScore GeneratedNotIndexed(bool bbcIndexed) => Sum(Generated.Where(g => !bbcIndexed && g.Set.EndsWith("bbc", StringComparison.Ordinal)));

    private static GeneratedScore Sum(IEnumerable<GeneratedScore> scores)
    {
        var list = scores.ToList();
        return new GeneratedScore("", list.Sum(g => g.Questions), list.Sum(g => g.TopSentenceHits), list.Sum(g => g.Answered));
    }
}
