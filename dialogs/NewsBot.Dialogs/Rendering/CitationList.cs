using NewsBot.Coverage;

namespace NewsBot.Dialogs.Rendering;

// The numbered sources of one reply, one number per article: the first mention of an article gives it the next
// number, later mentions (another sentence of the same article, in a list of claims) reuse it. Numbering stops at
// Teams' limit of 20; an article past it is named without a marker.
internal sealed class CitationList
{
    public const int Limit = 20;

    private readonly List<CitedArticle> _items = [];

    public IReadOnlyList<CitedArticle> Items => _items;

    public string Marker(Citation citation)
    {
        var index = _items.FindIndex(c => string.Equals(c.Citation.Source, citation.Source, StringComparison.Ordinal));
        if (index < 0)
        {
            if (_items.Count >= Limit)
            {
                return string.Empty;
            }

            _items.Add(new CitedArticle(citation));
            index = _items.Count - 1;
        }

        _items[index].Add(citation.Sentence);
        return $"[{index + 1}]";
    }

    // "NPR [2]": the outlet with its marker, as the quotes and lists name their sources.
    public string Named(Citation citation) => $"{Markdown.Escape(citation.Outlet)} {Marker(citation)}".TrimEnd();
}
