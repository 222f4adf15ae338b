using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Coverage.Storage;

namespace NewsBot.Coverage.Indexing;

// Brings the index in line with a folder or file: unchanged articles are skipped by content hash, a changed one
// replaces its sentences atomically, and an article whose file is gone is removed. Articles are written in batches,
// each batch one transaction, so a process killed mid-run leaves every article either fully old or fully new and the
// next run completes the rest.
internal sealed class Indexer(CoverageDatabase database, TimeProvider time, ILogger logger)
{
    // A batch is one transaction: this many articles or sentences, whichever comes first. Large batches spend less
    // on commits and on updating the word frequencies, which are written once a batch.
    private const int BatchArticles = 500;
    private const int BatchSentences = 10_000;

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

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batch = new List<ParsedArticle>();
        var batchSentences = 0;
        try
        {
            await foreach (var item in ArticlePipeline.Start(root, stop.Token).ReadAllAsync(cancellationToken))
            {
                if (item.Warning is not null)
                {
                    run.WarnAbout(item.Origin, item.Warning);
                    continue;
                }

                run.Seen(item.Origin, item.Source);
                if (run.EarlierHolder(item.Source, item.Origin) is { } first)
                {
                    run.Skipped.Add($"{item.Source} in {Path.GetFileName(item.Origin)}: {Path.GetFileName(first)} already has an article with this id");
                    continue;
                }

                if (item.Article is not { } article)
                {
                    run.Warn($"{item.Source}: could not be parsed ({item.ParseError}); its previous version, if any, is kept.");
                    run.MarkFaulty(item.Origin);
                    continue;
                }

                if (existing.TryGetValue(article.Source, out var old) && old.ContentHash == article.ContentHash)
                {
                    run.Unchanged++;
                    continue;
                }

                batch.Add(item);
                batchSentences += article.Sentences.Count;
                if (batch.Count >= BatchArticles || batchSentences >= BatchSentences)
                {
                    await WriteBatchAsync(connection, batch, run, cancellationToken);
                    batch.Clear();
                    batchSentences = 0;
                }
            }
        }
        finally
        {
            // A failed write stops the reading thread too.
            await stop.CancelAsync();
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

    private async Task WriteBatchAsync(SqliteConnection connection, List<ParsedArticle> batch, IndexRun run, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var dfDelta = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new List<(string Source, bool Updated, int Sentences)>();
        var written = new List<long>(batch.Count);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var writer = new ArticleWriter(connection, transaction);
        foreach (var item in batch)
        {
            var article = item.Article!;
            var existingId = run.Existing.TryGetValue(article.Source, out var old) ? old.Id : (long?)null;
            if (article.Sentences.Count == 0)
            {
                run.Skipped.Add($"{article.Source}: no article sentences found after cleaning");
                continue;
            }

            var twin = await writer.FindTwinAsync(item.TextHash!, existingId, cancellationToken);
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
            written.Add(await writer.InsertAsync(item, indexedAt, cancellationToken));
            foreach (var (word, count) in item.WordCounts!)
            {
                dfDelta[word] = dfDelta.GetValueOrDefault(word) + count;
            }

            outcomes.Add((article.Source, existingId is not null, article.Sentences.Count));
        }

        await writer.IndexTextAsync(written, cancellationToken);
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
}
