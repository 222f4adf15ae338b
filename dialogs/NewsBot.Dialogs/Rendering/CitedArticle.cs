using NewsBot.Coverage;

namespace NewsBot.Dialogs.Rendering;

// One numbered source of a reply: the article (as its first citation names it) and every sentence the reply quotes from it.
internal sealed class CitedArticle(Citation citation)
{
    private readonly List<string> _sentences = [];

    public Citation Citation { get; } = citation;

    public IReadOnlyList<string> Sentences => _sentences;

    public void Add(string sentence)
    {
        if (!_sentences.Contains(sentence, StringComparer.Ordinal))
        {
            _sentences.Add(sentence);
        }
    }
}
