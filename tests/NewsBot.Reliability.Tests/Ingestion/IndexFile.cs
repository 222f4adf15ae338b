using Microsoft.Data.Sqlite;

namespace NewsBot.Reliability.Tests.Ingestion;

// What an index file holds, read with plain SQL, and the checks that it is whole.
internal static class IndexFile
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    // Each article's sentence count, and when it was indexed.
    public static Dictionary<string, (int Sentences, string IndexedAt)> Articles(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.source, a.indexed_at, (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) FROM articles a;";
        using var reader = command.ExecuteReader();
        var articles = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            articles.Add(reader.GetString(0), (reader.GetInt32(2), reader.GetString(1)));
        }

        return articles;
    }

    public static long Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // SQLite's own page-level check, FTS5's check of its index against the sentences, and no article with a gap.
    public static void AssertWhole(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", command.ExecuteScalar());
        command.CommandText = "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1);";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM (SELECT article_id FROM sentences GROUP BY article_id HAVING max(position) + 1 <> count(*));";
        Assert.Equal(0L, command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id);";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    // Rows of one table in one file and not the other (sentence texts by source and position, words and their counts).
    public static long Differences(string path, string referencePath, string query)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"ATTACH DATABASE $reference AS reference;";
        command.Parameters.AddWithValue("$reference", referencePath);
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = $"SELECT count(*) FROM (SELECT * FROM ({string.Format(System.Globalization.CultureInfo.InvariantCulture, query, "main")}) EXCEPT SELECT * FROM ({string.Format(System.Globalization.CultureInfo.InvariantCulture, query, "reference")}));";
        return (long)command.ExecuteScalar()!;
    }
}
