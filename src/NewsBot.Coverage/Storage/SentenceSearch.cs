using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Answering;

namespace NewsBot.Coverage.Storage;

// Candidate sentences from FTS5. The MATCH expression is built only from normalised words (letters and digits),
// each quoted, so nothing a person types can reach FTS5's query syntax.
internal static class SentenceSearch
{
    public static string? MatchExpression(IEnumerable<QueryTerm> terms)
    {
        var quoted = terms
            .Select(t => t.Word)
            .Where(w => w.Length > 0 && w.All(char.IsLetterOrDigit))
            .Distinct(StringComparer.Ordinal)
            .Select(w => "\"" + w + "\"")
            .ToList();
        return quoted.Count == 0 ? null : string.Join(" OR ", quoted);
    }

    public static async Task<List<Candidate>> FindAsync(
        SqliteConnection connection, IndexSnapshot snapshot, Question question, int limit, CancellationToken cancellationToken)
    {
        var match = MatchExpression(question.Terms);
        if (match is null)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        var outletFilter = question.Outlet is null ? "" : "AND s.article_id IN (SELECT id FROM articles WHERE outlet = $outlet)";
        command.CommandText =
            $"""
            SELECT s.id, s.article_id, s.position, s.text, bm25(sentences_fts) AS rank
            FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid
            WHERE sentences_fts MATCH $match {outletFilter}
            ORDER BY rank
            LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        if (question.Outlet is not null)
        {
            command.Parameters.AddWithValue("$outlet", question.Outlet);
        }

        var candidates = new List<Candidate>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (snapshot.Articles.TryGetValue(reader.GetInt64(1), out var article))
            {
                candidates.Add(new Candidate(reader.GetInt64(0), article, reader.GetInt32(2), reader.GetString(3), -reader.GetDouble(4)));
            }
        }

        return candidates;
    }

    public static async Task<List<string>> ContextAsync(SqliteConnection connection, long articleId, int position, int before, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM sentences WHERE article_id = $article AND position BETWEEN $from AND $to ORDER BY position;";
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$from", position - before);
        command.Parameters.AddWithValue("$to", position);
        var texts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }
}
