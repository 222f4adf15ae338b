namespace NewsBot.Coverage.Text;

// The index's words with their sentence frequencies: inverse document frequency for the scorer and the dictionary
// that misspelt question words are corrected against.
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _df;
    private readonly Dictionary<string, int> _stemDf = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Length, char First), List<string>> _byShape = [];
    private readonly string[] _sorted;

    public Vocabulary(Dictionary<string, int> df, int sentences)
    {
        _df = df;
        Sentences = Math.Max(sentences, 1);
        foreach (var (word, count) in df)
        {
            var stem = Stemmer.Stem(word);
            _stemDf[stem] = Math.Max(_stemDf.GetValueOrDefault(stem), count);

            if (word.Length >= 4 && char.IsLetter(word[0]))
            {
                var key = (word.Length, word[0]);
                if (!_byShape.TryGetValue(key, out var list))
                {
                    _byShape[key] = list = [];
                }

                list.Add(word);
            }
        }

        _sorted = [.. df.Keys.Where(w => w.Length >= ShortestForm)];
        Array.Sort(_sorted, StringComparer.Ordinal);
    }

    private const int ShortestForm = 5;
    private const int MaxForms = 4;

    // Other indexed forms of a word with the same stem, most frequent first ("focusing" → "focus"), for the search:
    // FTS5's Porter stemmer parts some of them ("focus" is "focu", "focusing" is "focus"). Words that merely share a
    // long root ("diplomats", "diploma") are left to the scorer: as search words they select rows about other things.
    public IReadOnlyList<string> Forms(string word)
    {
        if (word.Length < ShortestForm)
        {
            return [];
        }

        var stem = Stemmer.Stem(word);
        var prefix = word[..ShortestForm];
        var from = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        from = from < 0 ? ~from : from;
        var forms = new List<string>();
        for (var i = from; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var other = _sorted[i];
            if (other != word && Stemmer.Stem(other) == stem)
            {
                forms.Add(other);
            }
        }

        return forms.OrderByDescending(f => _df[f]).ThenBy(f => f, StringComparer.Ordinal).Take(MaxForms).ToList();
    }

    public static Vocabulary Empty { get; } = new([], 0);

    public int Sentences { get; }

    public int Count => _df.Count;

    // A word counts as known when it or another form of it is indexed ("ask" when the articles say "asked").
    public int Frequency(string word) => Math.Max(_df.GetValueOrDefault(word), _stemDf.GetValueOrDefault(Stemmer.Stem(word)));

    public bool Contains(string word) => Frequency(word) > 0;

    // The heaviest a word can weigh: what a word found in one sentence weighs. Words the index never saw weigh this.
    public double MaxIdf => Math.Log(Sentences + 1.0);

    public double Idf(string word)
    {
        var df = Frequency(word);
        return df > 0 ? Math.Log((Sentences + 1.0) / df) : MaxIdf;
    }

    // The most frequent indexed word within one edit (two for long words) of a word the index does not hold.
    // Corrections keep the first letter (or the first two, transposed), which is how people misspell and keeps
    // the search small at a million sentences.
    public string? Correct(string word)
    {
        if (word.Length < 4 || Contains(word) || !char.IsLetter(word[0]) || WeakWords.Contains(word))
        {
            return null;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDf = 0;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            foreach (var first in FirstLetters(word))
            {
                if (!_byShape.TryGetValue((length, first), out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates)
                {
                    if (Stopwords.Contains(candidate))
                    {
                        continue;
                    }

                    var distance = EditDistance.Damerau(word, candidate, maxDistance);
                    if (distance > maxDistance)
                    {
                        continue;
                    }

                    var df = _df[candidate];
                    if (distance < bestDistance || (distance == bestDistance && df > bestDf))
                    {
                        (best, bestDistance, bestDf) = (candidate, distance, df);
                    }
                }
            }
        }

        return best;
    }

    private static IEnumerable<char> FirstLetters(string word)
    {
        yield return word[0];
        if (word.Length > 1 && word[1] != word[0])
        {
            yield return word[1];
        }
    }
}
