using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Storage;

namespace NewsBot.Coverage.Tests.Support;

// An index of a few articles written by the test itself, for behaviours the seed articles do not show.
public sealed class WrittenArticles : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<string> _lines = [];

    public WrittenArticles(int candidates = 100) =>
        Coverage = new NewsCoverage(
            new CoverageOptions { DatabasePath = _folder.File("coverage.db"), Candidates = candidates },
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));

    public NewsCoverage Coverage { get; }

    public WrittenArticles Add(string outlet, string title, string text)
    {
        _lines.Add(JsonSerializer.Serialize(new { id = $"{outlet}-{_lines.Count}", title, outlet, date = "2026-11-20", text }));
        return this;
    }

    // Every article written must be indexed: a skipped one would leave a test proving nothing.
    public async Task<WrittenArticles> IndexAsync()
    {
        var file = _folder.Write("articles.jsonl", string.Join('\n', _lines) + "\n");
        var report = await Coverage.IndexAsync(file);
        Assert.Empty(report.Skipped);
        Assert.Equal(_lines.Count, report.Articles);
        return this;
    }

    public Task<Answer> AskAsync(string question) => Coverage.AnswerAsync(question);

    internal async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Coverage.DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }

    internal static Task<IndexSnapshot> SnapshotAsync(SqliteConnection connection) => IndexSnapshot.LoadAsync(connection, CancellationToken.None);

    internal static Question Analyze(IndexSnapshot snapshot, string question) =>
        QuestionAnalyzer.Analyze(question, snapshot.Vocabulary, snapshot.Outlets, null);

    public void Dispose()
    {
        Coverage.Dispose();
        _folder.Dispose();
    }
}
