using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Storage;

// Candidate sentences from FTS5. The MATCH expression is built only from normalised words (letters and digits),
// each quoted, so nothing a person types can reach FTS5's query syntax.
internal static class SentenceSearch
{
    public static string? MatchExpression(IEnumerable<QueryTerm> terms)
    {
        var words = Words(terms);
        return words.Count == 0 ? null : QueryPlan.Or(words);
    }

    public static async Task<List<Candidate>> FindAsync(
        SqliteConnection connection, IndexSnapshot snapshot, Question question, int limit, CancellationToken cancellationToken)
    {
        var words = Words(question.Terms).Select(w => QueryPlan.Unit(Tokens(w, snapshot.Vocabulary.Forms(w)))).ToList();
        var candidates = new List<Candidate>(limit);
        if (words.Count == 0)
        {
            return candidates;
        }

        if (question.Outlet is not null && snapshot.ArticlesOf(question.Outlet).ToList() is var own &&
            own.Sum(a => a.Sentences) <= limit * 2)
        {
            // A question about one outlet's coverage, and that coverage is small: every sentence of it is a candidate,
            // whichever of the question's words FTS5 would have chosen rows by.
            await ReadArticlesAsync(connection, own, candidates, cancellationToken);
            return candidates;
        }

        var plan = snapshot.Vocabulary.Sentences <= QueryPlan.RowBudget
            ? [QueryPlan.Or(words)]
            : QueryPlan.For(words, await RowCountsAsync(connection, words, snapshot, cancellationToken));
        var seen = new Reprints();
        foreach (var match in plan)
        {
            if (seen.Rows > 0 && candidates.Count >= limit / 4)
            {
                break;
            }

            await ReadAsync(connection, snapshot, question.Outlet, match, limit, candidates, seen, cancellationToken);
        }

        return candidates;
    }

    // How many rows each word selects in FTS5, counted up to just over the budget. The vocabulary's frequencies are
    // of whole words, FTS5's of Porter stems, which can be far apart ("wes" is stemmed to "we"). A word the vocabulary
    // already finds in more sentences than the budget selects at least as many rows and is not counted.
    private static async Task<Dictionary<string, long>> RowCountsAsync(
        SqliteConnection connection, List<string> words, IndexSnapshot snapshot, CancellationToken cancellationToken)
    {
        var rows = words.ToDictionary(w => w, w => QueryPlan.Words(w).Sum(f => (long)snapshot.Vocabulary.Frequency(f)), StringComparer.Ordinal);
        var counted = words.Where(w => rows[w] <= QueryPlan.RowBudget).ToList();
        if (counted.Count == 0)
        {
            return rows;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", counted.Select((_, i) =>
            $"(SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH $w{i} LIMIT $cap))"));
        command.Parameters.AddWithValue("$cap", QueryPlan.RowBudget + 1);
        for (var i = 0; i < counted.Count; i++)
        {
            command.Parameters.AddWithValue($"$w{i}", QueryPlan.Or([counted[i]]));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < counted.Count; i++)
            {
                rows[counted[i]] = reader.GetInt64(i);
            }
        }

        return rows;
    }

    // A word and those of its other forms that FTS5 indexes as another token: asking for one token twice would
    // make FTS5 read its rows twice.
    private static IEnumerable<string> Tokens(string word, IEnumerable<string> forms)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal) { PorterStemmer.Stem(word) };
        return forms.Where(f => IsPlainWord(f) && tokens.Add(PorterStemmer.Stem(f))).Prepend(word);
    }

    // Only such words are ever quoted into a MATCH expression.
    public static bool IsPlainWord(string word) => word.Length > 0 && word.All(char.IsLetterOrDigit);

    private static List<string> Words(IEnumerable<QueryTerm> terms) =>
        terms
            .Select(t => t.Word)
            .Where(IsPlainWord)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    // The best-ranked rows of one MATCH. Without an outlet filter, the rows are ranked inside FTS5 and only the
    // chosen ones are joined to their text: joining first would read the text of every matching row. Reprints (an
    // outlet printing a sentence it has printed before, word for word) rank side by side and are read past, so
    // FTS5 ranks more rows than candidates wanted; they are joined as they are read (in the ranking's order, which
    // the materialised subquery keeps), so rows past the last candidate cost only their place in the ranking.
    private static async Task ReadAsync(
        SqliteConnection connection, IndexSnapshot snapshot, string? outlet, string match, int limit, List<Candidate> candidates, Reprints seen,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = outlet is null
            ? """
              SELECT s.id, s.article_id, s.position, s.text, f.rank
              FROM (SELECT rowid, bm25(sentences_fts) AS rank FROM sentences_fts WHERE sentences_fts MATCH $match ORDER BY rank, rowid LIMIT $limit) AS f
              JOIN sentences s ON s.id = f.rowid;
              """
            : """
              SELECT s.id, s.article_id, s.position, s.text, bm25(sentences_fts) AS rank
              FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid
              WHERE sentences_fts MATCH $match AND s.article_id IN (SELECT id FROM articles WHERE outlet = $outlet)
              ORDER BY rank, s.id
              LIMIT $limit;
              """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit * Reprints.RowsPerCandidate);
        if (outlet is not null)
        {
            command.Parameters.AddWithValue("$outlet", outlet);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (candidates.Count < limit && await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (snapshot.Articles.TryGetValue(reader.GetInt64(1), out var article) && seen.IsFirst(id, article.Outlet, reader.GetString(3)) is { } text)
            {
                candidates.Add(new Candidate(id, article, reader.GetInt32(2), text, -reader.GetDouble(4)));
            }
        }
    }

    private static async Task ReadArticlesAsync(SqliteConnection connection, List<ArticleInfo> articles, List<Candidate> candidates, CancellationToken cancellationToken)
    {
        var byId = articles.ToDictionary(a => a.Id);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, article_id, position, text FROM sentences WHERE article_id = $article ORDER BY position;";
        var article = command.Parameters.Add("$article", SqliteType.Integer);
        var seen = new Reprints();
        foreach (var id in byId.Keys)
        {
            article.Value = id;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var info = byId[reader.GetInt64(1)];
                if (seen.IsFirst(reader.GetInt64(0), info.Outlet, reader.GetString(3)) is { } text)
                {
                    candidates.Add(new Candidate(reader.GetInt64(0), info, reader.GetInt32(2), text, 0));
                }
            }
        }
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
