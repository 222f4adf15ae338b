using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Coverage.Ingestion;
using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Indexing;

// Brings the index in line with a folder or file: unchanged articles are skipped by content hash, a changed one
// replaces its sentences atomically, and an article whose file is gone is removed. Articles are written in batches,
// each batch one transaction, so a process killed mid-run leaves every article either fully old or fully new and the
// next run completes the rest.
internal sealed class Indexer(CoverageDatabase database, TimeProvider time, ILogger logger)
{
    private const int BatchSize = 64;

    public async Task<IndexReport> IndexAsync(string path, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var root = Path.GetFullPath(path);
        if (!File.Exists(root) && !Directory.Exists(root))
        {
            throw new FileNotFoundException($"Nothing to index at '{root}': no such file or folder.", root);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var existing = await LoadExistingAsync(connection, cancellationToken);
        var run = new IndexRun(existing);

        var batch = new List<(Article Article, string Origin)>(BatchSize);
        foreach (var (raw, origin) in ArticleSources.Read(root, run.WarnAbout))
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Seen(origin, raw.Source);
            Article article;
            try
            {
                article = ArticleParser.Parse(raw);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                run.Warn($"{raw.Source}: could not be parsed ({ex.Message}); its previous version, if any, is kept.");
                run.MarkFaulty(origin);
                continue;
            }

            if (existing.TryGetValue(article.Source, out var old) && old.ContentHash == article.ContentHash)
            {
                run.Unchanged++;
                continue;
            }

            batch.Add((article, origin));
            if (batch.Count == BatchSize)
            {
                await WriteBatchAsync(connection, batch, run, cancellationToken);
                batch.Clear();
            }
        }

        await WriteBatchAsync(connection, batch, run, cancellationToken);
        await RemoveVanishedAsync(connection, root, run, cancellationToken);
        var (articles, sentences) = await CountAsync(connection, cancellationToken);

        var report = new IndexReport(run.Added, run.Updated, run.Removed, run.Unchanged, run.Skipped, run.Warnings,
            articles, sentences, run.SentencesWritten, stopwatch.Elapsed);
        logger.LogInformation(
            "Indexed {Path}: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Skipped} skipped; {Sentences} sentences in {Elapsed} ms",
            root, report.Added.Count, report.Updated.Count, report.Removed.Count, report.Unchanged, report.Skipped.Count, sentences, (long)report.Elapsed.TotalMilliseconds);
        return report;
    }

    private async Task WriteBatchAsync(SqliteConnection connection, List<(Article Article, string Origin)> batch, IndexRun run, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var dfDelta = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new List<(string Source, bool Updated, int Sentences)>();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var writer = new ArticleWriter(connection, transaction);
        foreach (var (article, origin) in batch)
        {
            var textHash = TextHash(article.Sentences);
            var existingId = run.Existing.TryGetValue(article.Source, out var old) ? old.Id : (long?)null;
            if (article.Sentences.Count == 0)
            {
                run.Skipped.Add($"{article.Source}: no article sentences found after cleaning");
                continue;
            }

            var twin = await writer.FindTwinAsync(textHash, existingId, cancellationToken);
            if (twin is not null)
            {
                run.Skipped.Add($"{article.Source}: same text as {twin}");
                continue;
            }

            if (existingId is { } id)
            {
                await writer.DeleteAsync(id, dfDelta, cancellationToken);
            }

            var indexedAt = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            await writer.InsertAsync(article, origin, textHash, indexedAt, dfDelta, cancellationToken);
            outcomes.Add((article.Source, existingId is not null, article.Sentences.Count));
        }

        await writer.ApplyWordFrequenciesAsync(dfDelta, cancellationToken);
        await writer.BumpGenerationAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        foreach (var (source, updated, sentences) in outcomes)
        {
            (updated ? run.Updated : run.Added).Add(source);
            run.SentencesWritten += sentences;
        }
    }

    private static async Task RemoveVanishedAsync(SqliteConnection connection, string root, IndexRun run, CancellationToken cancellationToken)
    {
        var vanished = run.Existing.Values
            .Where(a => IsUnder(a.Origin, root) && !run.IsSeen(a.Origin, a.Source) && !run.IsFaulty(a.Origin))
            .ToList();
        if (vanished.Count == 0)
        {
            return;
        }

        var dfDelta = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var writer = new ArticleWriter(connection, transaction);
        foreach (var article in vanished)
        {
            await writer.DeleteAsync(article.Id, dfDelta, cancellationToken);
            run.Removed.Add(article.Source);
        }

        await writer.ApplyWordFrequenciesAsync(dfDelta, cancellationToken);
        await writer.BumpGenerationAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static bool IsUnder(string origin, string root) =>
        string.Equals(origin, root, StringComparison.Ordinal) ||
        origin.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static async Task<Dictionary<string, ExistingArticle>> LoadExistingAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, ExistingArticle>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, source, origin, content_hash FROM articles;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var article = new ExistingArticle(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            existing[article.Source] = article;
        }

        return existing;
    }

    private static async Task<(int Articles, int Sentences)> CountAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static string TextHash(IReadOnlyList<string> sentences)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', sentences.Select(TextNormalizer.Normalize)));
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
