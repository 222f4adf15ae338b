using NewsBot.Coverage.Ingestion;

namespace NewsBot.Coverage.Indexing;

// Reads a folder file by file so that every article is tied to the file it came from (its origin): that is how a
// removed file's articles are found, and how a damaged file keeps what it held.
internal static class ArticleSources
{
    public static IEnumerable<(RawArticle Article, string Origin)> Read(string root, Action<string, string> warn)
    {
        var files = File.Exists(root)
            ? [root]
            : Directory.EnumerateFiles(root)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();

        foreach (var file in files)
        {
            foreach (var article in ArticleReader.Read(file, message => warn(file, message)))
            {
                yield return (article, file);
            }
        }
    }
}
