using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// An article's headline as words and stems: what the article is about, for the question words a sentence leaves out.
internal sealed record Headline(IReadOnlyList<string> Words, string[] Stems)
{
    public static Headline Of(string title)
    {
        var words = TextNormalizer.Words(title);
        return new Headline(words, SentenceScorer.Stems(words));
    }
}
