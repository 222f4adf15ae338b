namespace NewsBot.Coverage.Ingestion;

// Metadata known or inferred for one article; any part may be missing.
internal sealed record ArticleMetadata(string? Title = null, string? Outlet = null, DateOnly? Published = null, string? Url = null, string? Author = null);

// One article as read from disk, before cleaning: a text file (with its manifest entry, if any) or one JSON line.
internal sealed record RawArticle(string Source, string Text, ArticleMetadata? Known);

// One article ready to index: complete metadata and its own sentences in reading order.
internal sealed record Article(
    string Source,
    string Title,
    string Outlet,
    DateOnly? Published,
    string? Url,
    string? Author,
    IReadOnlyList<string> Sentences,
    string ContentHash);
