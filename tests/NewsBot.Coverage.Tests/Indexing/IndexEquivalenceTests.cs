using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Coverage.Indexing;
using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Indexing;

// An index written in one big batch must hold exactly what one built up over many runs and many small batches
// holds, with articles added, changed back and forth and removed on the way: the same articles, sentences and word
// frequencies, and a full-text index that finds the same sentences.
public sealed class IndexEquivalenceTests : IDisposable
{
    private const string Sentences = "SELECT a.source, s.position, s.text FROM sentences s JOIN articles a ON a.id = s.article_id";
    private const string Articles = "SELECT source, origin, title, outlet, published, url, author, content_hash, text_hash FROM articles";
    private const string Words = "SELECT word, df FROM words";

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_index_built_incrementally_in_small_batches_equals_one_built_in_one_run()
    {
        var articles = _folder.CopySeeds();
        WriteRecombinedArticles(Path.Combine(articles, "mixed.jsonl"), 300);
        var oneRun = _folder.File("one-run.db");
        await IndexAsync(articles, oneRun, batchSentences: 1_000_000);

        var stepwise = _folder.File("stepwise.db");
        var later = _folder.File("later");
        Directory.CreateDirectory(later);
        var held = new[] { "mixed.jsonl", "002_ce1431cd067334ee.txt" };
        foreach (var name in held)
        {
            File.Move(Path.Combine(articles, name), Path.Combine(later, name));
        }

        await IndexAsync(articles, stepwise, batchSentences: 7);
        foreach (var name in held)
        {
            File.Move(Path.Combine(later, name), Path.Combine(articles, name));
        }

        var changed = Path.Combine(articles, "001_2ea0c09a0cab73a9.txt");
        var original = await File.ReadAllTextAsync(changed);
        await File.WriteAllTextAsync(changed, original.Replace("Moscow", "Zanzibar", StringComparison.Ordinal));
        WriteRecombinedArticles(Path.Combine(articles, "extra.jsonl"), 40);
        var middle = await IndexAsync(articles, stepwise, batchSentences: 25);
        Assert.NotEmpty(middle.Updated);

        await File.WriteAllTextAsync(changed, original);
        File.Delete(Path.Combine(articles, "extra.jsonl"));
        var last = await IndexAsync(articles, stepwise, batchSentences: 13);
        Assert.Equal(40, last.Removed.Count);

        foreach (var query in new[] { Sentences, Articles, Words })
        {
            Assert.Equal(Rows(oneRun, query), Rows(stepwise, query));
        }

        foreach (var term in new[] { "geneva", "putin", "zanzibar", "troops OR border" })
        {
            Assert.Equal(
                Rows(oneRun, $"SELECT a.source, s.position FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id WHERE sentences_fts MATCH '{term}'"),
                Rows(stepwise, $"SELECT a.source, s.position FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id WHERE sentences_fts MATCH '{term}'"));
        }

        Assert.NotEmpty(Rows(oneRun, Words));
    }

    // Articles made of seed sentences in another order and mix, so that there are many articles and batches.
    private static void WriteRecombinedArticles(string path, int count)
    {
        var sentences = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f)).Where(l => l.Split(' ').Length > 8 && l.TrimEnd().EndsWith('.')).ToList();
        var random = new Random(count);
        var lines = Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new
        {
            id = $"{Path.GetFileNameWithoutExtension(path)}-{i}",
            title = $"Recombined story number {i} about the talks",
            outlet = i % 3 == 0 ? "Outlet A" : "Outlet B",
            date = "2022-01-05",
            text = string.Join("\n\n", Enumerable.Range(0, 3 + random.Next(8)).Select(_ => sentences[random.Next(sentences.Count)])),
        }));
        File.WriteAllLines(path, lines);
    }

    private static async Task<IndexReport> IndexAsync(string folder, string database, int batchSentences)
    {
        using var coverage = new CoverageDatabase(database);
        var indexer = new Indexer(coverage, new FakeTimeProvider(), NullLogger.Instance, batchSentences);
        return await indexer.IndexAsync(folder, CancellationToken.None);
    }

    private static List<string> Rows(string database, string query)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('\u001F', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "\u0000" : reader.GetValue(i).ToString())));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
