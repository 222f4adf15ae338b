using System.Diagnostics;
using NewsBot.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Reliability.Tests.Ingestion;

// `newsbot index` killed with SIGKILL in the middle of re-indexing a big folder: the file opens, every article is
// whole (its old version or its new one, never a mix), and the next run completes the work to exactly what a clean
// index of the folder holds, with nothing twice.
public sealed class KilledIndexingTests(ITestOutputHelper output) : IDisposable
{
    private const string SentencesQuery = "SELECT a.source, s.position, s.text FROM {0}.sentences s JOIN {0}.articles a ON a.id = s.article_id";
    private const string WordsQuery = "SELECT word, df FROM {0}.words";

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_index_run_killed_midway_leaves_every_article_whole_and_the_next_run_completes_it_without_duplicates()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder.Path, "articles")).FullName;
        var database = _folder.File("coverage.db");
        SyntheticCorpus.Write(articles, version: 1);
        await IndexAsync(articles, database);
        var previous = IndexFile.Articles(database);

        // What a clean index of the new version holds, and how long it takes to make.
        var clean = Directory.CreateDirectory(Path.Combine(_folder.Path, "clean")).FullName;
        SyntheticCorpus.Write(clean, version: 2);
        var reference = _folder.File("reference.db");
        var timer = Stopwatch.StartNew();
        await IndexAsync(clean, reference);
        var fullRun = timer.Elapsed;
        var expected = IndexFile.Articles(reference);
        Assert.Equal(SyntheticCorpus.Files * SyntheticCorpus.ArticlesPerFile, expected.Count);

        SyntheticCorpus.Write(articles, version: 2);
        for (var kill = 1; kill <= 2; kill++)
        {
            var progress = await KillMidRunAsync(articles, database, fullRun);
            var now = IndexFile.Articles(database);
            output.WriteLine($"kill {kill}: {progress}; {now.Count} articles, {now.Count(a => a.Value.Sentences == expected[a.Key].Sentences)} in their new version");
            IndexFile.AssertWhole(database);
            Assert.All(now, a => Assert.True(
                a.Value.Sentences == expected[a.Key].Sentences || (previous.TryGetValue(a.Key, out var old) && a.Value.Sentences == old.Sentences),
                $"{a.Key} has {a.Value.Sentences} sentences: neither its old version nor its new one"));
            Assert.True(previous.Keys.All(now.ContainsKey), "An article of the previous index is gone.");
        }

        var completed = await IndexAsync(articles, database);
        output.WriteLine(completed);
        IndexFile.AssertWhole(database);
        Assert.Equal(expected.ToDictionary(a => a.Key, a => a.Value.Sentences), IndexFile.Articles(database).ToDictionary(a => a.Key, a => a.Value.Sentences));
        Assert.Equal(0, IndexFile.Differences(database, reference, SentencesQuery));
        Assert.Equal(0, IndexFile.Differences(reference, database, SentencesQuery));
        Assert.Equal(0, IndexFile.Differences(database, reference, WordsQuery));
        Assert.Equal(0, IndexFile.Differences(reference, database, WordsQuery));
        foreach (var article in new[] { 0, expected.Count / 2, expected.Count - 1 })
        {
            Assert.Equal(12, IndexFile.Scalar(database, $"SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '{SyntheticCorpus.Marker(article)}';"));
        }
    }

    // Starts a run and kills it once it has committed some of its work (or, if it commits only at the end, at 60% of
    // the time a full run takes): in either case before it finished.
    private async Task<string> KillMidRunAsync(string articles, string database, TimeSpan fullRun)
    {
        var started = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var timer = Stopwatch.StartNew();
        using var child = NewsBotProcess.Start(["index", articles, $"--Coverage:DatabasePath={database}"]);
        var committed = 0L;
        while (timer.Elapsed < fullRun * 0.6 && !child.HasExited)
        {
            committed = IndexFile.Scalar(database, $"SELECT count(*) FROM articles WHERE indexed_at >= '{started}';");
            if (committed > 0)
            {
                break;
            }

            await Task.Delay(20);
        }

        Assert.False(child.HasExited, "The run finished before it could be killed:\n" + child.Output);
        child.Kill();
        return $"killed after {timer.ElapsedMilliseconds} ms with {committed} articles of this run committed";
    }

    private static async Task<string> IndexAsync(string folder, string database)
    {
        var (exitCode, text) = await NewsBotProcess.RunAsync(["index", folder, $"--Coverage:DatabasePath={database}"], TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, text);
        return text.Split('\n')[0..3].Aggregate((a, b) => a + "\n" + b);
    }

    public void Dispose() => _folder.Dispose();
}
