namespace NewsBot.Coverage.Evaluation;

/// <summary>Scores of the engine on a development question set.</summary>
/// <param name="Answerable">Questions the articles answer.</param>
/// <param name="Correct">Answerable questions answered with an expected string and only supporting sources cited.</param>
/// <param name="CitationPrecision">Share of all citations given for answerable questions that name a supporting source.</param>
/// <param name="AbstentionPrecision">Share of abstentions that were on unanswerable questions.</param>
/// <param name="AbstentionRecall">Share of unanswerable questions abstained on.</param>
/// <param name="Unanswerable">Questions the articles do not answer.</param>
/// <param name="Abstained">Unanswerable questions the engine abstained on.</param>
/// <param name="Failures">Each question the engine got wrong, with what it said.</param>
public sealed record DevSetReport(
    int Answerable,
    int Correct,
    double CitationPrecision,
    double AbstentionPrecision,
    double AbstentionRecall,
    int Unanswerable,
    int Abstained,
    IReadOnlyList<DevSetFailure> Failures)
{
    /// <summary>Percentage of answerable questions answered correctly.</summary>
    public double Accuracy => Answerable == 0 ? 0 : 100.0 * Correct / Answerable;
}

/// <summary>One question the engine got wrong.</summary>
/// <param name="Question">The question.</param>
/// <param name="Expected">What a correct reply contains, or null when it should abstain.</param>
/// <param name="Why">What went wrong.</param>
/// <param name="Answer">What the engine answered.</param>
public sealed record DevSetFailure(string Question, IReadOnlyList<string>? Expected, string Why, Answer Answer);
