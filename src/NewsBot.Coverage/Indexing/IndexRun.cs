namespace NewsBot.Coverage.Indexing;

internal sealed record ExistingArticle(long Id, string Source, string Origin, string ContentHash);

// The bookkeeping of one indexing run: what was seen where, and what happened to it.
internal sealed class IndexRun(Dictionary<string, ExistingArticle> existing)
{
    private readonly HashSet<(string Origin, string Source)> _seen = [];
    private readonly HashSet<string> _faultyOrigins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstOrigin = new(StringComparer.Ordinal);

    public Dictionary<string, ExistingArticle> Existing { get; } = existing;

    public List<string> Added { get; } = [];

    public List<string> Updated { get; } = [];

    public List<string> Removed { get; } = [];

    public List<string> Skipped { get; } = [];

    public List<string> Warnings { get; } = [];

    public int Unchanged { get; set; }

    public int SentencesWritten { get; set; }

    public void Seen(string origin, string source) => _seen.Add((origin, source));

    public bool IsSeen(string origin, string source) => _seen.Contains((origin, source));

    // The first file (in reading order) to hold an id keeps it; a later article with the same id, in another file or
    // further down a JSON-lines file, would otherwise be inserted twice in one batch (a UNIQUE violation that failed
    // the whole run) or overwrite the first on every run. Returns that first file, or null when this is the first.
    public string? EarlierHolder(string source, string origin) => _firstOrigin.TryAdd(source, origin) ? null : _firstOrigin[source];

    // A file that could only be read in part keeps every article it held before: losing an article because one
    // line of its file is damaged would be worse than keeping a stale one.
    public void MarkFaulty(string origin) => _faultyOrigins.Add(origin);

    public bool IsFaulty(string origin) => _faultyOrigins.Contains(origin);

    public void Warn(string message) => Warnings.Add(message);

    public void WarnAbout(string origin, string message)
    {
        MarkFaulty(origin);
        Warn(message);
    }
}
