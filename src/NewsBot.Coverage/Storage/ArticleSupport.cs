using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Answering;

namespace NewsBot.Coverage.Storage;

// Which of a question's words an article holds anywhere, for the words its best sentences leave out. An article's
// sentences are written together, so their row ids form one range, and FTS5 looks a word up within a rowid range
// without reading the article. Answers are remembered for the index generation: the same articles and words come
// back question after question.
internal static class ArticleSupport
{
    private const int Remembered = 100_000;

    // Per article, the mask of the asked terms (bit t: question.Terms[t]) it holds.
    public static async Task<Dictionary<long, int>> FindAsync(
        SqliteConnection connection, IndexSnapshot snapshot, Question question, IEnumerable<(long Article, int Missing)> asked, CancellationToken cancellationToken)
    {
        var masks = new Dictionary<long, int>();
        foreach (var (id, missing) in asked)
        {
            masks[id] = masks.GetValueOrDefault(id) | missing;
        }

        var found = new Dictionary<long, int>();
        SqliteCommand? lookup = null;
        try
        {
            foreach (var (id, missing) in masks)
            {
                if (missing == 0 || !snapshot.Articles.TryGetValue(id, out var article))
                {
                    continue;
                }

                var holds = 0;
                for (var t = 0; t < question.Terms.Count && t < 32; t++)
                {
                    var word = question.Terms[t].Word;
                    if ((missing & (1 << t)) == 0 || !SentenceSearch.IsPlainWord(word))
                    {
                        continue;
                    }

                    if (!snapshot.ArticleHolds.TryGetValue((id, word), out var held))
                    {
                        lookup ??= Lookup(connection);
                        lookup.Parameters["$word"].Value = QueryPlan.Or([word]);
                        lookup.Parameters["$first"].Value = article.FirstSentence;
                        lookup.Parameters["$last"].Value = article.LastSentence;
                        held = Convert.ToInt64(await lookup.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != 0;
                        if (snapshot.ArticleHolds.Count < Remembered)
                        {
                            snapshot.ArticleHolds[(id, word)] = held;
                        }
                    }

                    holds |= held ? 1 << t : 0;
                }

                found[id] = holds;
            }
        }
        finally
        {
            if (lookup is not null)
            {
                await lookup.DisposeAsync();
            }
        }

        return found;
    }

    private static SqliteCommand Lookup(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH $word AND rowid BETWEEN $first AND $last);";
        command.Parameters.Add("$word", SqliteType.Text);
        command.Parameters.Add("$first", SqliteType.Integer);
        command.Parameters.Add("$last", SqliteType.Integer);
        return command;
    }
}
