using System.Text;

namespace NewsBot.Coverage.Text;

// The word PorterStemmer works on, with the tests the algorithm states its rules in: the measure m of [C](VC)^m[V],
// whether the stem holds a vowel, ends in a double consonant, or ends consonant-vowel-consonant.
internal sealed class Word(string text)
{
    private readonly StringBuilder _letters = new(text);

    public char Last => _letters[^1];

    public override string ToString() => _letters.ToString();

    public bool EndsWith(string suffix)
    {
        if (suffix.Length > _letters.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (_letters[_letters.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    // Replaces the suffix when the word ends with it and the rest meets the condition. True when the word ended with
    // the suffix, whether or not it was replaced: the rule list stops at the first suffix that matches.
    public bool Replace(string suffix, string replacement, Func<Word, bool> condition)
    {
        if (!EndsWith(suffix))
        {
            return false;
        }

        var stem = new Word(_letters.ToString(0, _letters.Length - suffix.Length));
        if (condition(stem))
        {
            _letters.Length -= suffix.Length;
            _letters.Append(replacement);
        }

        return true;
    }

    // Removes the suffix when the word ends with it and the rest meets the condition; true when it did.
    public bool Strip(string suffix, Func<Word, bool> condition)
    {
        var before = _letters.Length;
        Replace(suffix, "", condition);
        return _letters.Length != before;
    }

    public void Truncate(int letters) => _letters.Length -= letters;

    public void Append(string letters) => _letters.Append(letters);

    public int Measure()
    {
        var m = 0;
        var i = 0;
        while (i < _letters.Length && IsConsonant(i))
        {
            i++;
        }

        while (i < _letters.Length)
        {
            while (i < _letters.Length && !IsConsonant(i))
            {
                i++;
            }

            if (i >= _letters.Length)
            {
                break;
            }

            m++;
            while (i < _letters.Length && IsConsonant(i))
            {
                i++;
            }
        }

        return m;
    }

    public bool HasVowel()
    {
        for (var i = 0; i < _letters.Length; i++)
        {
            if (!IsConsonant(i))
            {
                return true;
            }
        }

        return false;
    }

    public bool EndsWithDoubleConsonant() =>
        _letters.Length >= 2 && _letters[^1] == _letters[^2] && IsConsonant(_letters.Length - 1);

    // Consonant-vowel-consonant at the end, the last not w, x or y: "hop", not "snow".
    public bool EndsCvc()
    {
        var n = _letters.Length;
        return n >= 3 && IsConsonant(n - 1) && !IsConsonant(n - 2) && IsConsonant(n - 3) && _letters[n - 1] is not ('w' or 'x' or 'y');
    }

    private bool IsConsonant(int i) => _letters[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(i - 1),
        _ => true,
    };
}
