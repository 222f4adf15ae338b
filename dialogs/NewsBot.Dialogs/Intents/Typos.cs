namespace NewsBot.Dialogs.Intents;

// How far a typed word may be from a command word: one slip for ordinary words ("hepl", "sorces", "mroe"), two for
// long ones, and for short words only two neighbours swapped ("teh"), since "who" must not become "how".
internal static class Typos
{
    public static bool Close(string typed, string word)
    {
        var distance = Distance(typed, word);
        var length = Math.Min(typed.Length, word.Length);
        return length switch
        {
            <= 3 => distance == 0 || (distance == 1 && typed.Length == word.Length && typed.Order().SequenceEqual(word.Order())),
            <= 7 => distance <= 1,
            _ => distance <= 2,
        };
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
