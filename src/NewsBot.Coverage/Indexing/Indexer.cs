using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Coverage.Ingestion;
using NewsBot.Coverage.Storage;

namespace NewsBot.Coverage.Indexing;

// Brings the index in line with a folder or file: unchanged articles are skipped by content hash, a changed one
// replaces its sentences atomically, and an article whose file is gone is removed. Articles are written in batches,
// each batch one transaction, so a process killed mid-run leaves every article either fully old or fully new and the
// next run completes the rest.
internal sealed class Indexer(CoverageDatabase database, TimeProvider time, ILogger logger, int batchSentences = Indexer.BatchSentences)
{
    // A batch is one transaction: this many articles or sentences, whichever comes first. Large batches spend less
    // on commits, on FTS5 segments (one a batch, and fewer to merge) and on updating the word frequencies, which are
    // written once a batch; a killed run still keeps every batch it committed, each a second or so of work.
    private const int BatchArticles = 2_500;
    private const int BatchSentences = 50_000;

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
        var words = new WordTable();
        using (var writer = new ArticleWriter(connection))
        {
            var batch = new Batch(connection, writer, new WordFrequencyDelta(words));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                await foreach (var item in ArticlePipeline.Start(root, words, stop.Token).ReadAllAsync(cancellationToken))
                {
                    if (Admit(item, run) is not { } article)
                    {
                        continue;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    Write(batch, item, article, run);
                    if (batch.Articles >= BatchArticles || batch.Sentences >= batchSentences)
                    {
                        batch.Commit(run);
                    }
                }

                batch.Commit(run);
            }
            finally
            {
                // A failed write stops the reading thread too, and rolls back the batch it was writing.
                batch.Dispose();
                await stop.CancelAsync();
            }

            RemoveVanished(connection, writer, root, run, words);
        }

        var (articles, sentences) = await CountAsync(connection, cancellationToken);

        var report = new IndexReport(run.Added, run.Updated, run.Removed, run.Unchanged, run.Skipped, run.Warnings,
            articles, sentences, run.SentencesWritten, stopwatch.Elapsed);
        logger.LogInformation(
            "Indexed {Path}: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Skipped} skipped; {Sentences} sentences in {Elapsed} ms",
            root, report.Added.Count, report.Updated.Count, report.Removed.Count, report.Unchanged, report.Skipped.Count, sentences, (long)report.Elapsed.TotalMilliseconds);
        return report;
    }

    // The article to write, or null when the item is a warning, a parse failure, a second article under an id, or
    // an article whose content has not changed.
    private static Article? Admit(ParsedArticle item, IndexRun run)
    {
        if (item.Warning is not null)
        {
            run.WarnAbout(item.Origin, item.Warning);
            return null;
        }

        run.Seen(item.Origin, item.Source);
        if (run.EarlierHolder(item.Source, item.Origin) is { } first)
        {
            run.Skipped.Add($"{item.Source} in {Path.GetFileName(item.Origin)}: {Path.GetFileName(first)} already has an article with this id");
            return null;
        }

        if (item.Article is not { } article)
        {
            run.Warn($"{item.Source}: could not be parsed ({item.ParseError}); its previous version, if any, is kept.");
            run.MarkFaulty(item.Origin);
            return null;
        }

        if (run.Existing.TryGetValue(article.Source, out var old) && old.ContentHash == article.ContentHash)
        {
            run.Unchanged++;
            return null;
        }

        return article;
    }

    // Articles are written as they arrive, into the open batch, so that the reading thread keeps parsing while
    // SQLite works instead of waiting for a whole batch to be gathered and then written.
    private void Write(Batch batch, ParsedArticle item, Article article, IndexRun run)
    {
        var existingId = run.Existing.TryGetValue(article.Source, out var old) ? old.Id : (long?)null;
        if (article.Sentences.Count == 0)
        {
            run.Skipped.Add($"{article.Source}: no article sentences found after cleaning");
            return;
        }

        var writer = batch.Open();
        if (writer.FindTwin(item.TextHash!, existingId) is { } twin)
        {
            run.Skipped.Add($"{article.Source}: same text as {twin}");
            return;
        }

        if (existingId is { } id)
        {
            batch.Frequencies.Remove(writer.SentencesOf(id));
            writer.Delete(id);
        }

        writer.Insert(item, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        batch.Frequencies.Add(item.WordCounts!);
        batch.Written(article.Source, existingId is not null, article.Sentences.Count);
    }

    private static void RemoveVanished(SqliteConnection connection, ArticleWriter writer, string root, IndexRun run, WordTable words)
    {
        var vanished = run.Existing.Values
            .Where(a => IsUnder(a.Origin, root) && !run.IsSeen(a.Origin, a.Source) && !run.IsFaulty(a.Origin))
            .ToList();
        if (vanished.Count == 0)
        {
            return;
        }

        var frequencies = new WordFrequencyDelta(words);
        using var transaction = connection.BeginTransaction();
        writer.Begin(transaction);
        foreach (var article in vanished)
        {
            frequencies.Remove(writer.SentencesOf(article.Id));
            writer.Delete(article.Id);
            run.Removed.Add(article.Source);
        }

        writer.ApplyWordFrequencies(frequencies.Changes());
        writer.BumpGeneration();
        transaction.Commit();
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
