using System.Net;
using NewsBot.Coverage;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.Ingestion;

// Bad article files are skipped with a warning (or read with one), the good ones are indexed, a second run changes
// nothing, and the bot starts and answers with such a folder as its seeds.
public sealed class IngestionFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _articles;

    public IngestionFaultTests()
    {
        _articles = Path.Combine(_folder.Path, "articles");
        Directory.CreateDirectory(_articles);
        FaultyFolder.Write(_articles, Repository.Seeds);
    }

    [Fact]
    public async Task Empty_binary_non_UTF8_huge_and_duplicate_files_are_skipped_or_read_with_a_warning_and_the_rest_is_indexed()
    {
        using var coverage = new NewsCoverage(new CoverageOptions { DatabasePath = _folder.File("coverage.db") }, TimeProvider.System);

        var report = await coverage.IndexAsync(_articles);

        var notes = report.Warnings.Concat(report.Skipped).ToList();
        foreach (var (file, reason) in FaultyFolder.Refusals)
        {
            Assert.True(notes.Any(n => n.Contains(file, StringComparison.Ordinal) && n.Contains(reason, StringComparison.Ordinal)),
                $"No note about {file} ({reason}) in:\n{string.Join("\n", notes)}");
        }

        var sources = (await coverage.ListSourcesAsync()).Select(s => s.Source).ToList();
        Assert.Equal(5 + FaultyFolder.Indexed.Count, sources.Count);
        Assert.All(FaultyFolder.Indexed, source => Assert.Contains(source, sources));
        Assert.Contains("Genève", (await coverage.AnswerAsync("Where did the délégation arrive on Sunday?")).Citations.Single().Sentence, StringComparison.Ordinal);
        var flood = await coverage.AnswerAsync("Why were dozens of homes evacuated?");
        Assert.Equal("wire-1", flood.Citations[0].Source);
        Assert.Equal(AnswerStatus.NotFound, (await coverage.AnswerAsync("When did the museum reopen after renovation?")).Status);
        Assert.Equal(AnswerStatus.Answered, (await coverage.AnswerAsync(Activities.NormalQuestion)).Status);

        var again = await coverage.IndexAsync(_articles);
        Assert.True(again.NothingChanged, $"A second run changed the index: +{again.Added.Count} ~{again.Updated.Count} -{again.Removed.Count}");
        Assert.Equal(report.Articles, again.Articles);
        Assert.Equal(report.Sentences, again.Sentences);
    }

    [Fact]
    public async Task The_index_verb_reports_every_bad_file_and_succeeds()
    {
        var run = await NewsBotProcess.RunAsync(["index", _articles, $"--Coverage:DatabasePath={_folder.File("cli.db")}"], TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"the index holds {5 + FaultyFolder.Indexed.Count} articles", run.Output, StringComparison.Ordinal);
        Assert.All(FaultyFolder.Refusals.Keys, file => Assert.Contains(file.Split(' ')[0], run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_starts_and_answers_with_such_a_folder_as_its_seeds()
    {
        using var host = new ReliabilityHost(new Dictionary<string, string?> { ["Coverage:SeedsPath"] = _articles });
        using var http = host.CreateRecordingClient(new ResponseRecorder());

        using var health = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains($"\"articles\":{5 + FaultyFolder.Indexed.Count}", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("binary.txt", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
