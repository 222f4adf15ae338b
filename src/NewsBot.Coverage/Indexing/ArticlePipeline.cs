using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using NewsBot.Coverage.Ingestion;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Indexing;

// Reads, cleans and splits articles on a thread of its own while the indexer writes the previous ones to SQLite:
// on two cores the two halves of indexing run side by side. Everything reaches the writer in file order.
internal static class ArticlePipeline
{
    private const int Capacity = 64;

    public static ChannelReader<ParsedArticle> Start(string root, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ParsedArticle>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        _ = Task.Run(async () =>
        {
            try
            {
                var warnings = new List<ParsedArticle>();
                foreach (var (raw, origin) in ArticleSources.Read(root, (file, message) => warnings.Add(new ParsedArticle(file, "", Warning: message))))
                {
                    foreach (var warning in warnings)
                    {
                        await channel.Writer.WriteAsync(warning, cancellationToken);
                    }

                    warnings.Clear();
                    await channel.Writer.WriteAsync(Parse(raw, origin), cancellationToken);
                }

                foreach (var warning in warnings)
                {
                    await channel.Writer.WriteAsync(warning, cancellationToken);
                }

                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, cancellationToken);
        return channel.Reader;
    }

    private static ParsedArticle Parse(RawArticle raw, string origin)
    {
        Article article;
        try
        {
            article = ArticleParser.Parse(raw);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return new ParsedArticle(origin, raw.Source, ParseError: ex.Message);
        }

        var normalized = new StringBuilder();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            var words = TextNormalizer.Words(article.Sentences[i]);
            if (i > 0)
            {
                normalized.Append('\n');
            }

            normalized.AppendJoin(' ', words);
            distinct.Clear();
            foreach (var word in words)
            {
                if (distinct.Add(word))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        var textHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString())));
        return new ParsedArticle(origin, raw.Source, article, textHash, JsonSerializer.Serialize(article.Sentences), counts);
    }
}
