namespace NewsBot.Coverage.Text;

// A light English stemmer: enough to make "talks"/"talk", "elections"/"election", "confirmed"/"confirm" and
// "delegation"/"delegations" meet, without Porter's over-stemming ("delegation" → "deleg" would also meet "delegate").
internal static class Stemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) ||
            word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return Undouble(word[..^3]);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !word.EndsWith("eed", StringComparison.Ordinal))
        {
            var stem = word[..^2];
            return stem.EndsWith('i') ? stem[..^1] + "y" : Undouble(stem);
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) &&
            !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    // "planned" → "plann" → "plan"; "meeting" → "meet" stays.
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z')
            ? stem[..^1]
            : stem;
}
