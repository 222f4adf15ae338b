namespace NewsBot.Coverage.Text;

// Porter's 1980 suffix-stripping algorithm, the one FTS5's "porter" tokenizer applies. The scorer has its own light
// stemmer; this one only predicts which forms of a word FTS5 indexes as one token, so that a search does not ask
// for the same token twice ("calls" and "called" are both "call") yet still asks for forms it parts ("focus" is
// "focu", "focusing" is "focus"). Input: lower-case ASCII letters; anything else is returned as it is.
internal static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = new Word(word);
        Step1a(w);
        Step1b(w);
        Step1c(w);
        Step2(w);
        Step3(w);
        Step4(w);
        Step5(w);
        return w.ToString();
    }

    private static void Step1a(Word w)
    {
        _ = w.Replace("sses", "ss", _ => true) || w.Replace("ies", "i", _ => true) || w.EndsWith("ss") || w.Replace("s", "", _ => true);
    }

    private static void Step1b(Word w)
    {
        if (w.EndsWith("eed"))
        {
            w.Replace("eed", "ee", s => s.Measure() > 0);
            return;
        }

        if (!(w.Strip("ed", s => s.HasVowel()) || w.Strip("ing", s => s.HasVowel())))
        {
            return;
        }

        if (w.Replace("at", "ate", _ => true) || w.Replace("bl", "ble", _ => true) || w.Replace("iz", "ize", _ => true))
        {
            return;
        }

        if (w.EndsWithDoubleConsonant() && w.Last is not ('l' or 's' or 'z'))
        {
            w.Truncate(1);
        }
        else if (w.Measure() == 1 && w.EndsCvc())
        {
            w.Append("e");
        }
    }

    private static void Step1c(Word w) => w.Replace("y", "i", s => s.HasVowel());

    private static readonly (string From, string To)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string From, string To)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    private static void Step2(Word w) => ApplyFirst(w, Step2Rules, 0);

    private static void Step3(Word w) => ApplyFirst(w, Step3Rules, 0);

    // The longest matching suffix decides, whether or not its condition then holds.
    private static void ApplyFirst(Word w, (string From, string To)[] rules, int minimumMeasure)
    {
        var rule = rules.Where(r => w.EndsWith(r.From)).OrderByDescending(r => r.From.Length).FirstOrDefault();
        if (rule.From is not null)
        {
            w.Replace(rule.From, rule.To, s => s.Measure() > minimumMeasure);
        }
    }

    private static void Step4(Word w)
    {
        var suffix = Step4Suffixes.Where(w.EndsWith).OrderByDescending(s => s.Length).FirstOrDefault();
        if (suffix is null)
        {
            return;
        }

        w.Replace(suffix, "", s => s.Measure() > 1 && (suffix != "ion" || s.Last is 's' or 't'));
    }

    private static void Step5(Word w)
    {
        if (w.EndsWith("e"))
        {
            w.Replace("e", "", s => s.Measure() > 1 || (s.Measure() == 1 && !s.EndsCvc()));
        }

        if (w.Measure() > 1 && w.EndsWithDoubleConsonant() && w.Last == 'l')
        {
            w.Truncate(1);
        }
    }
}
