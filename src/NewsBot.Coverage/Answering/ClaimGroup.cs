namespace NewsBot.Coverage.Answering;

// Sentences from different articles that state the same fact; the first is the best scored.
internal sealed class ClaimGroup(ScoredSentence lead)
{
    public ScoredSentence Lead { get; } = lead;

    public List<ScoredSentence> Members { get; } = [lead];

    // Same fact, another value: "100,000" here, "tens of thousands" there.
    public List<ScoredSentence> Dissent { get; } = [];

    public bool HasArticle(long articleId) =>
        Members.Any(m => m.Article.Id == articleId) || Dissent.Any(m => m.Article.Id == articleId);
}
