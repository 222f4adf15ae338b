using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Indexing;

// The SQL of writing articles, inside a transaction the caller owns.
internal sealed class ArticleWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    public async Task<string?> FindTwinAsync(string textHash, long? exceptId, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT source FROM articles WHERE text_hash = $hash AND id IS NOT $id LIMIT 1;");
        command.Parameters.AddWithValue("$hash", textHash);
        command.Parameters.AddWithValue("$id", exceptId is { } id ? id : DBNull.Value);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task DeleteAsync(long articleId, Dictionary<string, int> dfDelta, CancellationToken cancellationToken)
    {
        await using (var read = Command("SELECT text FROM sentences WHERE article_id = $id;"))
        {
            read.Parameters.AddWithValue("$id", articleId);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Count(reader.GetString(0), dfDelta, -1);
            }
        }

        await using var delete = Command("DELETE FROM sentences WHERE article_id = $id; DELETE FROM articles WHERE id = $id;");
        delete.Parameters.AddWithValue("$id", articleId);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    // Writes the article and its sentences; IndexTextAsync adds the sentences to the full-text index afterwards.
    public async Task<long> InsertAsync(ParsedArticle parsed, string indexedAt, CancellationToken cancellationToken)
    {
        var article = parsed.Article!;
        long articleId;
        await using (var insert = Command(
            """
            INSERT INTO articles(source, origin, title, outlet, published, url, author, content_hash, text_hash, indexed_at)
            VALUES ($source, $origin, $title, $outlet, $published, $url, $author, $hash, $textHash, $indexedAt)
            RETURNING id;
            """))
        {
            insert.Parameters.AddWithValue("$source", article.Source);
            insert.Parameters.AddWithValue("$origin", parsed.Origin);
            insert.Parameters.AddWithValue("$title", article.Title);
            insert.Parameters.AddWithValue("$outlet", article.Outlet);
            insert.Parameters.AddWithValue("$published", article.Published is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : DBNull.Value);
            insert.Parameters.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$author", (object?)article.Author ?? DBNull.Value);
            insert.Parameters.AddWithValue("$hash", article.ContentHash);
            insert.Parameters.AddWithValue("$textHash", parsed.TextHash);
            insert.Parameters.AddWithValue("$indexedAt", indexedAt);
            articleId = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        // All of an article's sentences in one statement: one call per article instead of one per sentence.
        await using var sentences = Command("INSERT INTO sentences(article_id, position, text) SELECT $article, key, value FROM json_each($texts);");
        sentences.Parameters.AddWithValue("$article", articleId);
        sentences.Parameters.AddWithValue("$texts", parsed.SentencesJson);
        await sentences.ExecuteNonQueryAsync(cancellationToken);
        return articleId;
    }

    // The sentences of these articles into FTS5, in one statement, so that FTS5 writes them as one segment.
    public async Task IndexTextAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        await using var index = Command(
            "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE article_id IN (SELECT value FROM json_each($ids)) ORDER BY id;");
        index.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(articleIds));
        await index.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ApplyWordFrequenciesAsync(Dictionary<string, int> dfDelta, CancellationToken cancellationToken)
    {
        var changed = dfDelta.Where(d => d.Value != 0).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        await using (var upsert = Command(
            "INSERT INTO words(word, df) SELECT key, value FROM json_each($deltas) WHERE true ON CONFLICT(word) DO UPDATE SET df = df + excluded.df;"))
        {
            upsert.Parameters.AddWithValue("$deltas", JsonSerializer.Serialize(changed));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        var anyDecrease = changed.Values.Any(d => d < 0);
        if (anyDecrease)
        {
            await using var prune = Command("DELETE FROM words WHERE df <= 0;");
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task BumpGenerationAsync(CancellationToken cancellationToken)
    {
        await using var bump = Command("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';");
        await bump.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Count(string sentence, Dictionary<string, int> dfDelta, int sign)
    {
        foreach (var word in TextNormalizer.Words(sentence).Distinct(StringComparer.Ordinal))
        {
            dfDelta[word] = dfDelta.GetValueOrDefault(word) + sign;
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
