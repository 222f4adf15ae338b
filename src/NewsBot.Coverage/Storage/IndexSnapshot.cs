using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Storage;

// What the answer path needs in memory, read once per index generation: the vocabulary and the article catalogue.
internal sealed record IndexSnapshot(long Generation, Vocabulary Vocabulary, IReadOnlyDictionary<long, ArticleInfo> Articles)
{
    private const int CachedSentences = 16_384;

    private readonly Lazy<ILookup<string, ArticleInfo>> _byOutlet = new(() => Articles.Values.ToLookup(a => a.Outlet, StringComparer.Ordinal));

    public IReadOnlyCollection<string> Outlets { get; } = Articles.Values.Select(a => a.Outlet).Distinct(StringComparer.Ordinal).ToList();

    public IEnumerable<ArticleInfo> ArticlesOf(string outlet) => _byOutlet.Value[outlet];

    public Answering.SentenceTokenCache Tokens { get; } = new(CachedSentences);

    // The articles as sources, oldest first: asked for on every turn, changed only with the index.
    public Lazy<IReadOnlyList<SourceArticle>> Sources { get; } = new(() => Articles.Values
        .OrderBy(a => a.Published ?? DateOnly.MaxValue)
        .ThenBy(a => a.Source, StringComparer.Ordinal)
        .Select(a => a.ToSource())
        .ToList());

    private readonly ConcurrentDictionary<long, Answering.Headline> _headlines = new();

    public Answering.Headline HeadlineOf(ArticleInfo article) => _headlines.GetOrAdd(article.Id, _ => Answering.Headline.Of(article.Title));

    // Whether an article holds a word anywhere, as FTS5 answered it before (article id, word).
    public ConcurrentDictionary<(long Article, string Word), bool> ArticleHolds { get; } = new();

    public static async Task<long> ReadGenerationAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation';";
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    public static async Task<IndexSnapshot> LoadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var generation = await ReadGenerationAsync(connection, cancellationToken);
        var articles = new Dictionary<long, ArticleInfo>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                """
                SELECT a.id, a.source, a.title, a.outlet, a.published, a.url, count(s.id), min(s.id), max(s.id)
                FROM articles a LEFT JOIN sentences s ON s.article_id = a.id
                GROUP BY a.id;
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var published = reader.IsDBNull(4) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var info = new ArticleInfo(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), published,
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(6),
                    reader.IsDBNull(7) ? 0 : reader.GetInt64(7), reader.IsDBNull(8) ? -1 : reader.GetInt64(8));
                articles[info.Id] = info;
            }
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = 0;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT word, df FROM words; ";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                df[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        sentences = articles.Values.Sum(a => a.Sentences);
        return new IndexSnapshot(generation, new Vocabulary(df, sentences), articles);
    }
}
