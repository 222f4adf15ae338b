using System.Text;

namespace NewsBot.Coverage.Text;

// FuzzySharp's default preprocessor turns every non-ASCII letter into a space ("Genève" → "gen ve"), which breaks
// names like "Ordoñez" and every non-English word. This normaliser keeps letters of any script, folds case and
// diacritics the same way the FTS5 tokenizer does (remove_diacritics 2), and treats everything else as a separator.
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var word in Words(text))
        {
            if (pendingSpace)
            {
                builder.Append(' ');
            }

            builder.Append(word);
            pendingSpace = true;
        }

        return builder.ToString();
    }

    // Lower-cased, diacritic-free words. Apostrophes inside a word are dropped ("Russia's" → "russias" would hurt
    // matching, so the possessive is cut instead: "russia").
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var initialism = char.IsUpper(c) ? Initialism(text, i, current) : 0;
            if (initialism > 0)
            {
                i += initialism - 1;
                Flush(current, words);
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(current, c);
                continue;
            }

            if (IsApostrophe(c) && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Russia's" → "russia"; "don't" → "dont".
                if (char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    i++;
                }

                continue;
            }

            Flush(current, words);
        }

        Flush(current, words);
        return words;
    }

    // "U.S." → "us", "U.K." → "uk": a dotted initialism at the start of a word is one word, so it meets "US".
    private static int Initialism(string text, int start, StringBuilder current)
    {
        var length = InitialismLength(text, start, current.Length > 0);
        for (var j = start; j < start + length; j += 2)
        {
            current.Append(char.ToLowerInvariant(text[j]));
        }

        return length;
    }

    // How many characters the dotted initialism at start spans (0: none there); its letters are at even offsets.
    public static int InitialismLength(ReadOnlySpan<char> text, int start, bool inWord)
    {
        if (inWord || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return 0;
        }

        var i = start;
        while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
        {
            i += 2;
        }

        return i - start < 4 || (i < text.Length && char.IsLetterOrDigit(text[i]) && text[i - 1] == '.' && char.IsLower(text[i])) ? 0 : i - start;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128)
        {
            builder.Append(lower);
        }
        else if (Folds.TryGetValue(lower, out var folded))
        {
            builder.Append(folded);
        }
        else
        {
            builder.Append(lower);
        }
    }

    // Latin letters with diacritics and their plain forms, as FTS5's remove_diacritics folds them. Written out rather
    // than taken from Unicode decomposition, which the invariant-globalization runtime does not perform.
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    private static Dictionary<char, string> BuildFolds()
    {
        var table = new Dictionary<char, string>();
        void Add(string letters, string plain)
        {
            foreach (var letter in letters)
            {
                table[letter] = plain;
            }
        }

        Add("àáâãäåāăą", "a");
        Add("çćĉċč", "c");
        Add("ďđð", "d");
        Add("èéêëēĕėęě", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįı", "i");
        Add("ĵ", "j");
        Add("ķ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉ", "n");
        Add("òóôõöøōŏő", "o");
        Add("ŕŗř", "r");
        Add("śŝşšș", "s");
        Add("ţťŧț", "t");
        Add("ùúûüũūŭůűų", "u");
        Add("ŵ", "w");
        Add("ýÿŷ", "y");
        Add("źżž", "z");
        Add("ß", "ss");
        Add("æ", "ae");
        Add("œ", "oe");
        Add("þ", "th");
        return table;
    }
}
