using NewsBot.Coverage.Ingestion;

namespace NewsBot.Coverage.Indexing;

// What the reading thread hands the writing thread, in file order: an article parsed and ready to write (with the
// work the writer would otherwise do: its text hash, and how many of its sentences hold each word), an article that
// could not be parsed, or a warning about a file.
internal sealed record ParsedArticle(
    string Origin,
    string Source,
    Article? Article = null,
    string? TextHash = null,
    WordCount[]? WordCounts = null,
    string? ParseError = null,
    string? Warning = null);

// A word of a WordTable and the number of an article's sentences that hold it.
internal readonly record struct WordCount(int Word, int Sentences);
