using NewsBot.Coverage.Storage;

namespace NewsBot.Coverage.Answering;

internal sealed record ScoredSentence(Candidate Candidate, SentenceFeatures Features, ShortAnswer? Short)
{
    public double Score => Features.Score;

    public string Text => Candidate.Text;

    public ArticleInfo Article => Candidate.Article;
}
