using Microsoft.Data.Sqlite;

namespace NewsBot.Benchmarks.Runs;

// The sentences NewsBot indexed, with the source of each: what the peers are given, so all answer from the same text.
internal static class IndexedSentences
{
    public static (string[] Texts, string[] Sources) Load(string databasePath)
    {
        var texts = new List<string>();
        var sources = new List<string>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.text, a.source FROM sentences s JOIN articles a ON a.id = s.article_id ORDER BY s.id;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
            sources.Add(reader.GetString(1));
        }

        return ([.. texts], [.. sources]);
    }
}
