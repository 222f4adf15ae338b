using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Coverage.Ingestion;

// articles.json next to the text files: what is known about each of them, by file name.
//   { "000_c2a432a19620cde4.txt": { "title": "...", "outlet": "CNN", "published": "2021-12-30",
//                                   "url": null, "author": null, "note": "why these values" } }
// Every field is optional; "note" is for people and is not read. A damaged manifest, a damaged entry (a misspelt
// field) or a bad date is warned about and ignored on its own (its file is then read as if it had no entry, or
// without that date), never fatal.
internal sealed class ArticleManifest
{
    public const string FileName = "articles.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, ArticleMetadata> _entries;

    private ArticleManifest(Dictionary<string, ArticleMetadata> entries) => _entries = entries;

    public static ArticleManifest Empty { get; } = new([]);

    public IReadOnlyCollection<string> Files => _entries.Keys;

    public ArticleMetadata? For(string fileName) => _entries.GetValueOrDefault(fileName);

    public static ArticleManifest Load(string directory, long maxBytes, Action<string> warn)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Empty;
            }

            if (info.Length > maxBytes)
            {
                warn($"{path}: {info.Length:N0} bytes is over the {maxBytes:N0}-byte limit; manifest ignored.");
                return Empty;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path), DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                warn($"{path}: must be a JSON object mapping file names to their metadata; manifest ignored.");
                return Empty;
            }

            var entries = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (ReadEntry(property, message => warn($"{path}: \"{property.Name}\": {message}")) is { } metadata)
                {
                    entries[property.Name] = metadata;
                }
            }

            return new ArticleManifest(entries);
        }
        catch (JsonException ex)
        {
            warn($"{path}: not valid JSON ({ex.Message}); manifest ignored.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn($"{path}: could not be read ({ex.Message}); manifest ignored.");
        }

        return Empty;
    }

    // One damaged entry (a misspelt field, a number for a title) is skipped on its own; the others still count.
    private static ArticleMetadata? ReadEntry(JsonProperty property, Action<string> warn)
    {
        try
        {
            return property.Value.Deserialize<Entry>(Options)?.ToMetadata(warn);
        }
        catch (JsonException ex)
        {
            warn($"{ex.Message}; entry ignored.");
            return null;
        }
    }

    private sealed record Entry(string? Title, string? Outlet, string? Published, string? Url, string? Author, string? Note)
    {
        public ArticleMetadata ToMetadata(Action<string> warn)
        {
            DateOnly? published = null;
            if (!string.IsNullOrWhiteSpace(Published))
            {
                if (DateOnly.TryParseExact(Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    published = date;
                }
                else
                {
                    warn($"published \"{Published}\" is not a yyyy-MM-dd date; ignored.");
                }
            }

            return new ArticleMetadata(Title, Outlet, published, Url, Author);
        }
    }
}
