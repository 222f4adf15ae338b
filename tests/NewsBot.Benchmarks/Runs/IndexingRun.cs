using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Coverage;

namespace NewsBot.Benchmarks.Runs;

// Indexes one corpus folder into a new database through the engine's whole ingest path.
internal static class IndexingRun
{
    public static async Task<IndexResult> RunAsync(IndexRequest request, CancellationToken cancellationToken)
    {
        foreach (var file in DatabaseFiles(request.DatabasePath))
        {
            File.Delete(file);
        }

        IndexReport report;
        MemoryStats memory;
        var cpu = MemoryStats.ProcessorTime();
        var stopwatch = Stopwatch.StartNew();
        using (var coverage = new NewsCoverage(new CoverageOptions { DatabasePath = request.DatabasePath, SeedsPath = "" }, TimeProvider.System))
        {
            report = await coverage.IndexAsync(request.CorpusFolder, cancellationToken);
            stopwatch.Stop();
            cpu = MemoryStats.ProcessorTime() - cpu;
            memory = MemoryStats.Now();
        }

        // Closing the last connection checkpoints the write-ahead log into the database file.
        SqliteConnection.ClearAllPools();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return new IndexResult(report.Articles, report.Sentences, report.SentencesWritten, report.Skipped.Count, report.Warnings.Count,
            seconds, report.SentencesWritten / seconds, cpu.TotalSeconds, DatabaseFiles(request.DatabasePath).Sum(f => new FileInfo(f).Length), memory);
    }

    private static IEnumerable<string> DatabaseFiles(string path) =>
        new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists);
}
