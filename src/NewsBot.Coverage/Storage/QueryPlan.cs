using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Storage;

// Which rows FTS5 ranks for a question. bm25 costs about a microsecond for every row a MATCH selects, and an OR of
// every question word selects every row holding any of them: tens of thousands of rows at a million sentences for a
// word like "call". So when the words together would select more than RowBudget rows, the rarest words choose the
// rows (they decide a BM25 ranking anyway) and every word still counts in ranking them. Rows that hold none of the
// rarest words but two of the others come next. Small indexes keep the plain OR of every word.
internal static class QueryPlan
{
    public const int RowBudget = 3000;

    // Pairs are formed from at most this many of the remaining words: six pairs at most.
    private const int PairedWords = 4;

    // The MATCH expressions to run in turn, until enough candidates are found.
    public static List<string> For(IReadOnlyList<string> words, Vocabulary vocabulary)
    {
        var all = Or(words);
        var byFrequency = words.Select(w => (Word: w, Df: vocabulary.Frequency(w))).OrderBy(x => x.Df).ThenBy(x => x.Word, StringComparer.Ordinal).ToList();
        if (words.Count == 1 || byFrequency.Sum(x => (long)x.Df) <= RowBudget)
        {
            return [all];
        }

        var anchors = new List<string>();
        var rows = 0L;
        var rest = new List<string>();
        foreach (var (word, df) in byFrequency)
        {
            // Words the vocabulary does not know select nothing and cost nothing: they never use up the budget.
            var first = df > 0 && !anchors.Any(a => vocabulary.Frequency(a) > 0);
            if (first || rows + df <= RowBudget)
            {
                anchors.Add(word);
                rows += df;
            }
            else
            {
                rest.Add(word);
            }
        }

        var plan = new List<string>();
        if (anchors.Count > 0 && rows <= RowBudget)
        {
            plan.Add($"({Or(anchors)}) AND ({all})");
        }
        else
        {
            // Even the rarest word is common: a row must hold two of the rarest words.
            rest = [.. byFrequency.Select(x => x.Word)];
        }

        if (Pairs(rest.Take(PairedWords).ToList()) is { } pairs)
        {
            plan.Add($"({pairs}) AND ({all})");
        }

        return plan;
    }

    private static string? Pairs(List<string> words)
    {
        var pairs = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                pairs.Add($"({Quote(words[i])} AND {Quote(words[j])})");
            }
        }

        return pairs.Count == 0 ? null : string.Join(" OR ", pairs);
    }

    public static string Or(IEnumerable<string> words) => string.Join(" OR ", words.Select(Quote));

    private static string Quote(string word) => "\"" + word + "\"";
}
