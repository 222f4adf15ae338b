using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Indexing;

public class ReindexingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly NewsCoverage _coverage;

    public ReindexingTests() =>
        _coverage = new NewsCoverage(new CoverageOptions { DatabasePath = _folder.File("db/coverage.db") }, new FakeTimeProvider());

    [Fact]
    public async Task First_run_creates_the_database_and_indexes_every_seed()
    {
        var articles = _folder.CopySeeds();
        var report = await _coverage.IndexAsync(articles);
        Assert.True(File.Exists(_folder.File("db/coverage.db")));
        Assert.Equal(5, report.Added.Count);
        Assert.Equal(5, report.Articles);
        Assert.True(report.Sentences > 100);
        Assert.Equal(report.Sentences, report.SentencesWritten);
    }

    [Fact]
    public async Task Indexing_twice_changes_nothing_and_duplicates_nothing()
    {
        var articles = _folder.CopySeeds();
        var first = await _coverage.IndexAsync(articles);
        var second = await _coverage.IndexAsync(articles);
        Assert.True(second.NothingChanged);
        Assert.Equal(5, second.Unchanged);
        Assert.Equal(first.Sentences, second.Sentences);
        Assert.Equal(first.Sentences, await CountAsync("SELECT count(*) FROM sentences_fts"));
    }

    [Fact]
    public async Task A_changed_file_replaces_its_sentences_and_a_removed_file_takes_its_sentences_with_it()
    {
        var articles = _folder.CopySeeds();
        var first = await _coverage.IndexAsync(articles);
        var changed = Path.Combine(articles, "001_2ea0c09a0cab73a9.txt");
        var text = await File.ReadAllTextAsync(changed);
        Assert.Contains("Moscow submitted draft security documents", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(changed, text.Replace("Moscow submitted draft security documents", "Moscow submitted zanzibar security documents", StringComparison.Ordinal));
        File.Delete(Path.Combine(articles, "003_716ac14c5b8b7321.txt"));

        var second = await _coverage.IndexAsync(articles);

        Assert.Equal(["001_2ea0c09a0cab73a9.txt"], second.Updated);
        Assert.Equal(["003_716ac14c5b8b7321.txt"], second.Removed);
        Assert.Equal(4, second.Articles);
        Assert.Equal(second.Sentences, await CountAsync("SELECT count(*) FROM sentences_fts"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM sentences WHERE text LIKE '%zanzibar%'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.source LIKE '003%'"));
        Assert.Equal(1, await CountAsync("SELECT df FROM words WHERE word = 'zanzibar'"));
        Assert.True(second.Sentences < first.Sentences);
    }

    [Fact]
    public async Task Word_frequencies_go_back_to_zero_when_the_article_that_held_a_word_is_removed()
    {
        var articles = _folder.CopySeeds();
        var extra = Path.Combine(articles, "999_extra.txt");
        await File.WriteAllTextAsync(extra, "Extra story\n\nThe quokka summit opened in Perth on Monday with twelve delegations attending.\n");
        await _coverage.IndexAsync(articles);
        Assert.Equal(1, await CountAsync("SELECT df FROM words WHERE word = 'quokka'"));

        File.Delete(extra);
        await _coverage.IndexAsync(articles);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM words WHERE word = 'quokka'"));
    }

    [Fact]
    public async Task A_copy_of_an_article_under_another_name_is_skipped_not_indexed_twice()
    {
        var articles = _folder.CopySeeds();
        File.Copy(Path.Combine(articles, "002_ce1431cd067334ee.txt"), Path.Combine(articles, "005_copy.txt"));
        var report = await _coverage.IndexAsync(articles);
        Assert.Equal(5, report.Articles);
        Assert.Contains(report.Skipped, s => s.StartsWith("005_copy.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answers_come_from_the_updated_index_without_a_restart()
    {
        var articles = _folder.CopySeeds();
        await _coverage.IndexAsync(articles);
        var before = await _coverage.AnswerAsync("When did the quokka summit open?");
        Assert.NotEqual(AnswerStatus.Answered, before.Status);

        await File.WriteAllTextAsync(Path.Combine(articles, "999_extra.txt"),
            "Quokka summit opens\n\nThe quokka summit opened in Perth on Monday with twelve delegations attending.\n");
        await _coverage.IndexAsync(articles);
        var after = await _coverage.AnswerAsync("When did the quokka summit open?");
        Assert.Equal(AnswerStatus.Answered, after.Status);
        Assert.Equal("Monday", after.Text);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_coverage.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    public void Dispose()
    {
        _coverage.Dispose();
        _folder.Dispose();
    }
}
