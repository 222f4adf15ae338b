using NewsBot.Coverage;

namespace NewsBot.Dialogs.Tests.Support;

// Answers shaped like the engine's, for tests that need a particular shape (many citations, a disagreement).
public static class Answers
{
    public static Citation Citation(int n, string? sentence = null) => new(
        $"{n:000}_article.txt", $"Outlet {n}", $"Headline number {n} about the talks in Geneva", new DateOnly(2021, 12, 29).AddDays(n % 3),
        sentence ?? $"Sentence {n} says the talks are in Geneva on January 10.");

    public static Answer Answered(int citations = 3, bool disagreement = false, IReadOnlyList<Claim>? claims = null)
    {
        var cited = Enumerable.Range(1, citations).Select(n => Citation(n)).ToList();
        IReadOnlyList<Disagreement> disagreements = disagreement
            ? [new Disagreement("troops border", [
                new DisagreementVersion("100,000", [cited[0]]),
                new DisagreementVersion("175,000", [Citation(99, "Sentence 99 says 175,000 troops are at the border.")])])]
            : [];
        var top = new Claim("January 10", cited[0].Sentence, 96, cited);
        return new Answer("When are the Geneva talks?", AnswerStatus.Answered, "January 10", 96, cited[0].Sentence, cited, disagreements,
            [new ResolvedDate("January 10", new DateOnly(2022, 1, 10), "January 10 (Monday, 10 January 2022)")],
            claims ?? [top, new Claim("in June", "They met in Geneva in June.", 90, [Citation(4, "They met in Geneva in June.")])]);
    }
}
