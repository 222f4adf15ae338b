namespace NewsBot.Coverage.Ingestion;

// A scraped page cut into classified lines. The article is the prose between the head (site name, headline,
// timestamps) and the tail (the first teaser-block marker after the article has begun); metadata is read from the
// lines before the tail, so that other stories' datelines and bylines are never taken for this one's.
internal sealed class PageLayout
{
    private PageLayout(IReadOnlyList<string> lines, IReadOnlyList<LineKind> kinds)
    {
        Lines = lines;
        Kinds = kinds;
        FirstProse = Enumerable.Range(0, lines.Count).FirstOrDefault(i => kinds[i] == LineKind.Prose, lines.Count);
        TailStart = Enumerable.Range(0, lines.Count)
            .FirstOrDefault(i => i > FirstProse && kinds[i] == LineKind.TailMarker, lines.Count);
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<LineKind> Kinds { get; }

    public int FirstProse { get; }

    public int TailStart { get; }

    // The lines before the tail, with their kinds.
    public IEnumerable<(string Line, LineKind Kind)> Body =>
        Enumerable.Range(0, TailStart).Select(i => (Lines[i], Kinds[i]));

    public static PageLayout Of(string text)
    {
        var lines = PageLines.Of(text);
        return new PageLayout(lines, LineClassifier.Classify(lines));
    }
}
