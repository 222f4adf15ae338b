using System.Threading.Channels;
using NewsBot.Coverage.Ingestion;

namespace NewsBot.Coverage.Indexing;

// Reads, cleans and splits articles on a thread of its own while the indexer writes the previous ones to SQLite:
// on two cores the two halves of indexing run side by side. Everything reaches the writer in file order.
internal static class ArticlePipeline
{
    // Room for the articles read while the writer ends a batch (the batch's full-text segment, its word frequencies
    // and the commit take a while): with room for only a few dozen, the reading thread sat idle through every commit.
    private const int Capacity = 512;

    public static ChannelReader<ParsedArticle> Start(string root, WordTable words, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ParsedArticle>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        _ = Task.Run(async () =>
        {
            try
            {
                var warnings = new List<ParsedArticle>();
                var articleWords = new ArticleWords(words);
                foreach (var (raw, origin) in ArticleSources.Read(root, (file, message) => warnings.Add(new ParsedArticle(file, "", Warning: message))))
                {
                    foreach (var warning in warnings)
                    {
                        await channel.Writer.WriteAsync(warning, cancellationToken);
                    }

                    warnings.Clear();
                    await channel.Writer.WriteAsync(Parse(raw, origin, articleWords), cancellationToken);
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

    private static ParsedArticle Parse(RawArticle raw, string origin, ArticleWords words)
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

        var (textHash, counts) = words.Read(article.Sentences);
        return new ParsedArticle(origin, raw.Source, article, textHash, counts);
    }
}
