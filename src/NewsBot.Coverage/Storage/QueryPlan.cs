namespace NewsBot.Coverage.Storage;

// Which rows FTS5 ranks for a question. A word of the plan is a unit: a question word and its other forms. bm25
// costs about a microsecond for every row a MATCH selects, and an OR of every question word selects every row holding
// any of them: tens of thousands of rows at a million sentences for a word like "call". So when the words together
// would select more than RowBudget rows, the rarest words choose the rows (they decide a BM25 ranking anyway) and the
// words that are not too common rank them. When those rows are too few, rows holding two of the other words come
// next. Small indexes keep the plain OR of every word.
internal static class QueryPlan
{
    public const int RowBudget = 3000;

    // Words selecting more rows than this rank no rows (see For).
    private const int RankingRows = 10_000;

    // Pairs are formed from at most this many of the remaining words: three pairs at most.
    private const int PairedWords = 3;

    // The MATCH expressions to run in turn: the next one only while fewer than a quarter of the candidates wanted
    // have been found. Rows: how many rows each word selects in FTS5 (counted up to a little over the budget).
    public static List<string> For(IReadOnlyList<string> words, IReadOnlyDictionary<string, long> rows)
    {
        var byFrequency = words.Select(w => (Word: w, Df: rows[w])).OrderBy(x => x.Df).ThenBy(x => x.Word, StringComparer.Ordinal).ToList();
        if (words.Count == 1 || byFrequency.Sum(x => (long)x.Df) <= RowBudget)
        {
            return [Or(words)];
        }

        // The words that rank the chosen rows. FTS5 reads every row of every word it ranks by; the commonest words
        // ("said", "year") would cost the most and weigh the least (the scorer still counts them).
        var all = Or(byFrequency.Where((x, i) => i == 0 || x.Df <= RankingRows).Select(x => x.Word));

        var anchors = new List<string>();
        var selected = 0L;
        var rest = new List<string>();
        foreach (var (word, df) in byFrequency)
        {
            // Words that select nothing cost nothing: they never use up the budget.
            var first = df > 0 && !anchors.Any(a => rows[a] > 0);
            if (first || selected + df <= RowBudget)
            {
                anchors.Add(word);
                selected += df;
            }
            else
            {
                rest.Add(word);
            }
        }

        var plan = new List<string>();
        if (anchors.Count > 0 && selected <= RowBudget)
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

    // A question word with its other indexed forms, as one unit of a plan: "focusing focus focused".
    public static string Unit(IEnumerable<string> forms) => string.Join(' ', forms);

    public static string[] Words(string unit) => unit.Split(' ');

    private static string Quote(string unit) =>
        unit.Contains(' ', StringComparison.Ordinal) ? "(" + string.Join(" OR ", Words(unit).Select(Quote)) + ")" : "\"" + unit + "\"";
}
