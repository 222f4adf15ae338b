using Microsoft.Data.Sqlite;

namespace NewsBot.Coverage.Indexing;

// The SQL of writing articles. Its statements are prepared once for a whole run and only re-bound: preparing them
// again for each article, and packing an article's sentences into JSON to send them in one statement, cost more than
// the rows themselves. Every call runs inside the transaction given to Begin.
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _findTwin;
    private readonly SqliteCommand _insertArticle;
    private readonly RawStatement _insertSentence;
    private readonly RawStatement _upsertWord;
    private long _firstSentenceId;
    private long _nextSentenceId;

    public ArticleWriter(SqliteConnection connection)
    {
        _connection = connection;
        _findTwin = Prepare("SELECT source FROM articles WHERE text_hash = $hash AND id IS NOT $id LIMIT 1;", "$hash", "$id");
        _insertArticle = Prepare(
            """
            INSERT INTO articles(source, origin, title, outlet, published, url, author, content_hash, text_hash, indexed_at)
            VALUES ($source, $origin, $title, $outlet, $published, $url, $author, $hash, $textHash, $indexedAt)
            RETURNING id;
            """,
            "$source", "$origin", "$title", "$outlet", "$published", "$url", "$author", "$hash", "$textHash", "$indexedAt");
        _insertSentence = new RawStatement(connection, "INSERT INTO sentences(id, article_id, position, text) VALUES (?1, ?2, ?3, ?4);");
        _upsertWord = new RawStatement(connection, "INSERT INTO words(word, df) VALUES (?1, ?2) ON CONFLICT(word) DO UPDATE SET df = df + excluded.df;");
    }

    // Sentences get their ids here, counting on from the largest id in the table, so that the batch's sentences are
    // exactly those from the first id on when they go into the full-text index.
    public void Begin(SqliteTransaction transaction)
    {
        foreach (var command in _commands)
        {
            command.Transaction = transaction;
        }

        _firstSentenceId = _nextSentenceId = Convert.ToInt64(Scalar("SELECT coalesce(max(id), 0) + 1 FROM sentences;"), System.Globalization.CultureInfo.InvariantCulture);
    }

    public string? FindTwin(string textHash, long? exceptId)
    {
        _findTwin.Parameters[0].Value = textHash;
        _findTwin.Parameters[1].Value = exceptId is { } id ? id : DBNull.Value;
        return _findTwin.ExecuteScalar() as string;
    }

    // The article's sentences, as read from the index, for taking their words out of the frequencies.
    public List<string> SentencesOf(long articleId)
    {
        using var read = Command("SELECT text FROM sentences WHERE article_id = $id;");
        read.Parameters.AddWithValue("$id", articleId);
        using var reader = read.ExecuteReader();
        var sentences = new List<string>();
        while (reader.Read())
        {
            sentences.Add(reader.GetString(0));
        }

        return sentences;
    }

    public void Delete(long articleId)
    {
        using var delete = Command("DELETE FROM sentences WHERE article_id = $id; DELETE FROM articles WHERE id = $id;");
        delete.Parameters.AddWithValue("$id", articleId);
        delete.ExecuteNonQuery();
    }

    // Writes the article and its sentences; IndexText adds the batch's sentences to the full-text index at its end.
    public long Insert(ParsedArticle parsed, string indexedAt)
    {
        var article = parsed.Article!;
        var values = _insertArticle.Parameters;
        values[0].Value = article.Source;
        values[1].Value = parsed.Origin;
        values[2].Value = article.Title;
        values[3].Value = article.Outlet;
        values[4].Value = article.Published is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : DBNull.Value;
        values[5].Value = (object?)article.Url ?? DBNull.Value;
        values[6].Value = (object?)article.Author ?? DBNull.Value;
        values[7].Value = article.ContentHash;
        values[8].Value = parsed.TextHash;
        values[9].Value = indexedAt;
        var articleId = (long)_insertArticle.ExecuteScalar()!;

        _insertSentence.Bind(2, articleId);
        for (var position = 0; position < article.Sentences.Count; position++)
        {
            _insertSentence.Bind(1, _nextSentenceId++);
            _insertSentence.Bind(3, position);
            _insertSentence.Bind(4, article.Sentences[position]);
            _insertSentence.Run();
        }

        return articleId;
    }

    // The batch's sentences into FTS5 in one statement, so that FTS5 writes them as one segment.
    public void IndexText()
    {
        if (_nextSentenceId == _firstSentenceId)
        {
            return;
        }

        using var index = Command("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id >= $first ORDER BY id;");
        index.Parameters.AddWithValue("$first", _firstSentenceId);
        index.ExecuteNonQuery();
        _firstSentenceId = _nextSentenceId;
    }

    public void ApplyWordFrequencies(IEnumerable<(string Word, int Delta)> changes)
    {
        var anyDecrease = false;
        foreach (var (word, delta) in changes)
        {
            _upsertWord.Bind(1, word);
            _upsertWord.Bind(2, delta);
            _upsertWord.Run();
            anyDecrease |= delta < 0;
        }

        if (anyDecrease)
        {
            using var prune = Command("DELETE FROM words WHERE df <= 0;");
            prune.ExecuteNonQuery();
        }
    }

    public void BumpGeneration()
    {
        using var bump = Command("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';");
        bump.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _insertSentence.Dispose();
        _upsertWord.Dispose();
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _commands.Add(command);
        return command;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _commands[0].Transaction;
        command.CommandText = sql;
        return command;
    }
}
