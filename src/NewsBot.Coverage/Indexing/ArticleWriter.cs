using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Ingestion;
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

    public async Task InsertAsync(Article article, string origin, string textHash, string indexedAt, Dictionary<string, int> dfDelta, CancellationToken cancellationToken)
    {
        long articleId;
        await using (var insert = Command(
            """
            INSERT INTO articles(source, origin, title, outlet, published, url, author, content_hash, text_hash, indexed_at)
            VALUES ($source, $origin, $title, $outlet, $published, $url, $author, $hash, $textHash, $indexedAt)
            RETURNING id;
            """))
        {
            insert.Parameters.AddWithValue("$source", article.Source);
            insert.Parameters.AddWithValue("$origin", origin);
            insert.Parameters.AddWithValue("$title", article.Title);
            insert.Parameters.AddWithValue("$outlet", article.Outlet);
            insert.Parameters.AddWithValue("$published", article.Published is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : DBNull.Value);
            insert.Parameters.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$author", (object?)article.Author ?? DBNull.Value);
            insert.Parameters.AddWithValue("$hash", article.ContentHash);
            insert.Parameters.AddWithValue("$textHash", textHash);
            insert.Parameters.AddWithValue("$indexedAt", indexedAt);
            articleId = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var sentence = Command("INSERT INTO sentences(article_id, position, text) VALUES ($article, $position, $text);");
        var articleParameter = sentence.Parameters.AddWithValue("$article", articleId);
        var position = sentence.Parameters.Add("$position", SqliteType.Integer);
        var text = sentence.Parameters.Add("$text", SqliteType.Text);
        await sentence.PrepareAsync(cancellationToken);
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            position.Value = i;
            text.Value = article.Sentences[i];
            await sentence.ExecuteNonQueryAsync(cancellationToken);
            Count(article.Sentences[i], dfDelta, +1);
        }
    }

    public async Task ApplyWordFrequenciesAsync(Dictionary<string, int> dfDelta, CancellationToken cancellationToken)
    {
        await using var upsert = Command(
            "INSERT INTO words(word, df) VALUES ($word, $delta) ON CONFLICT(word) DO UPDATE SET df = df + excluded.df;");
        var word = upsert.Parameters.Add("$word", SqliteType.Text);
        var delta = upsert.Parameters.Add("$delta", SqliteType.Integer);
        await upsert.PrepareAsync(cancellationToken);
        var anyDecrease = false;
        foreach (var (w, d) in dfDelta)
        {
            if (d == 0)
            {
                continue;
            }

            anyDecrease |= d < 0;
            word.Value = w;
            delta.Value = d;
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

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
