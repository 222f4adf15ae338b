using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Answering;

namespace NewsBot.Coverage.Storage;

// Which of a question's words an article holds anywhere, for the words its best sentences leave out. An article's
// sentences are written together, so their row ids form one range, and FTS5 looks a word up within a rowid range
// without reading the article.
internal static class ArticleSupport
{
    // Per article, the mask of the asked terms (bit t: question.Terms[t]) it holds.
    public static async Task<Dictionary<long, int>> FindAsync(
        SqliteConnection connection, Question question, IEnumerable<(long Article, int Missing)> asked, CancellationToken cancellationToken)
    {
        var masks = new Dictionary<long, int>();
        foreach (var (article, missing) in asked)
        {
            if (missing != 0)
            {
                masks[article] = masks.GetValueOrDefault(article) | missing;
            }
        }

        var found = new Dictionary<long, int>(masks.Count);
        if (masks.Count == 0)
        {
            return found;
        }

        await using var range = connection.CreateCommand();
        range.CommandText = "SELECT min(id), max(id) FROM sentences WHERE article_id = $article;";
        var rangeArticle = range.Parameters.Add("$article", SqliteType.Integer);
        await using var lookup = connection.CreateCommand();
        lookup.CommandText = "SELECT EXISTS (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH $word AND rowid BETWEEN $first AND $last);";
        var word = lookup.Parameters.Add("$word", SqliteType.Text);
        var first = lookup.Parameters.Add("$first", SqliteType.Integer);
        var last = lookup.Parameters.Add("$last", SqliteType.Integer);
        foreach (var (article, mask) in masks)
        {
            rangeArticle.Value = article;
            await using (var reader = await range.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
                {
                    continue;
                }

                first.Value = reader.GetInt64(0);
                last.Value = reader.GetInt64(1);
            }

            var holds = 0;
            for (var t = 0; t < question.Terms.Count && t < 32; t++)
            {
                if ((mask & (1 << t)) != 0 && SentenceSearch.IsPlainWord(question.Terms[t].Word))
                {
                    word.Value = QueryPlan.Or([question.Terms[t].Word]);
                    holds |= Convert.ToInt64(await lookup.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != 0 ? 1 << t : 0;
                }
            }

            found[article] = holds;
        }

        return found;
    }
}
