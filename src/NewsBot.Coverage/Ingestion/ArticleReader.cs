namespace NewsBot.Coverage.Ingestion;

// Reads articles from a folder (its *.txt files by name, then its *.jsonl files; not recursive) or from one file.
// A text file is one article, its Source the file name, its known metadata the entry for it in the folder's
// articles.json. A JSON-lines file holds one article a line, its Source the line's id. Nothing here throws on bad
// input: every file or line that cannot be read is reported through warn, naming it, and the rest is still read.
internal static class ArticleReader
{
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    public static IEnumerable<RawArticle> Read(string path, Action<string> warn, long maxFileBytes = DefaultMaxFileBytes)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            warn("No path to read articles from.");
            return [];
        }

        if (Directory.Exists(path))
        {
            return ReadDirectory(path, warn, maxFileBytes);
        }

        if (File.Exists(path))
        {
            if (Path.GetFileName(path) == ArticleManifest.FileName)
            {
                warn($"{path}: is the manifest of its folder, not an article; read the folder instead.");
                return [];
            }

            return IsJsonLines(path)
                ? JsonLinesReader.Read(path, maxFileBytes, warn)
                : ReadTextFile(path, ArticleManifest.Load(Path.GetDirectoryName(Path.GetFullPath(path))!, maxFileBytes, warn), maxFileBytes, warn);
        }

        warn($"{path}: no such file or folder.");
        return [];
    }

    private static IEnumerable<RawArticle> ReadDirectory(string directory, Action<string> warn, long maxFileBytes)
    {
        var manifest = ArticleManifest.Load(directory, maxFileBytes, warn);
        var texts = Files(directory, "*.txt", warn);
        foreach (var unknown in manifest.Files.Where(f => !texts.Any(t => Path.GetFileName(t) == f)))
        {
            warn($"{Path.Combine(directory, ArticleManifest.FileName)}: \"{unknown}\" has no such file in the folder; entry ignored.");
        }

        var articles = texts.SelectMany(file => ReadTextFile(file, manifest, maxFileBytes, warn));
        var lines = Files(directory, "*.jsonl", warn).SelectMany(file => JsonLinesReader.Read(file, maxFileBytes, warn));
        return articles.Concat(lines);
    }

    private static List<string> Files(string directory, string pattern, Action<string> warn)
    {
        try
        {
            return [.. Directory.EnumerateFiles(directory, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn($"{directory}: could not list {pattern} files ({ex.Message}).");
            return [];
        }
    }

    private static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<RawArticle> ReadTextFile(string path, ArticleManifest manifest, long maxFileBytes, Action<string> warn)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxFileBytes)
            {
                warn($"{name}: {length:N0} bytes is over the {maxFileBytes:N0}-byte limit for one article; skipped.");
                return [];
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn($"{name}: could not be read ({ex.Message}); skipped.");
            return [];
        }

        return TextDecoder.Decode(bytes, name, warn) is { } text ? [new RawArticle(name, text, manifest.For(name))] : [];
    }
}
