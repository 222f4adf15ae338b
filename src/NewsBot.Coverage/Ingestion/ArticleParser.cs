using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Coverage.Ingestion;

// Turns a raw article into one ready to index: metadata (known wins over inferred, inferred over fallbacks) and the
// article's own sentences in reading order.
internal static class ArticleParser
{
    public const string UnknownOutlet = "Unknown outlet";

    // Part of every content hash: raising it re-indexes every article after a change to cleaning or splitting.
    public const int PipelineVersion = 1;

    public static Article Parse(RawArticle raw)
    {
        var page = PageLayout.Of(raw.Text);
        var known = raw.Known ?? new ArticleMetadata();
        var inferred = MetadataInference.Infer(page, known);
        var title = Given(known.Title) ?? inferred.Title ?? FallbackTitle(raw.Source);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentences = TextCleaner.Clean(page, title, inferred.Title)
            .SelectMany(SentenceSplitter.Split)
            .Where(seen.Add)
            .ToList();

        return new Article(
            raw.Source,
            title,
            Given(known.Outlet) ?? inferred.Outlet ?? UnknownOutlet,
            known.Published ?? inferred.Published,
            Given(known.Url) ?? inferred.Url,
            Given(known.Author) ?? inferred.Author,
            sentences,
            ContentHash(raw));
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FallbackTitle(string source) =>
        source.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(source) : source;

    // SHA-256 of the text and the known metadata, fields kept apart by a separator no text contains.
    private static string ContentHash(RawArticle raw)
    {
        var known = raw.Known;
        var fields = new[]
        {
            PipelineVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            raw.Text,
            known?.Title, known?.Outlet, known?.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            known?.Url, known?.Author,
        };
        var bytes = Encoding.UTF8.GetBytes(string.Join('\u001F', fields.Select(f => f ?? "\u0000")));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
