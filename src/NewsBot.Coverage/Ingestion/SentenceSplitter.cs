using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Ingestion;

// Splits a paragraph into sentences, each returned verbatim (trimmed; a line break inside a paragraph counts as a
// space). A stop ends a sentence only when whitespace follows it and the next word does not continue the sentence:
// lower case, a comma, a number after "No." or "Jan.", or any word after an abbreviation unless that word typically
// opens a sentence. Closing quotes stay with the sentence they close. Bullet items are sentences of their own.
// Fragments without letters are dropped; fragments of fewer than MinWords words join the sentence before them.
internal static partial class SentenceSplitter
{
    public const int MinWords = 3;

    private const string Terminators = ".!?…";
    private static readonly SearchValues<char> TerminatorSet = SearchValues.Create(Terminators);
    private const string AdjacentClosers = "”’\"')]»";
    private const string Openers = "“‘\"'([«`";

    [GeneratedRegex(@"^\s*[•·◦▪‣*\-–—]\s+")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        foreach (var item in Items(paragraph))
        {
            SplitItem(item, sentences);
        }

        return sentences;
    }

    // A paragraph's bullet items, each as one line of text without its marker.
    private static IEnumerable<string> Items(string paragraph)
    {
        var current = new List<string>();
        foreach (var rawLine in paragraph.Split('\n'))
        {
            var line = rawLine.Trim();
            var bullet = BulletMarker().Match(line);
            if (bullet.Success && current.Count > 0)
            {
                yield return string.Join(' ', current);
                current.Clear();
            }

            if (line.Length > 0)
            {
                current.Add(bullet.Success ? line[bullet.Length..] : line);
            }
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    private static void SplitItem(string text, List<string> sentences)
    {
        var spans = new List<(int Start, int End)>();
        var carry = -1;
        var start = 0;
        foreach (var end in Boundaries(text).Append(text.Length))
        {
            var pieceStart = start;
            start = end;
            if (!Letter().IsMatch(text.AsSpan(pieceStart, end - pieceStart)))
            {
                continue;
            }

            var from = carry >= 0 ? carry : pieceStart;
            if (WordCount(Tidy(text.AsSpan(from, end - from))) >= MinWords)
            {
                spans.Add((from, end));
                carry = -1;
            }
            else if (spans.Count > 0)
            {
                spans[^1] = (spans[^1].Start, end);
            }
            else
            {
                carry = from;
            }
        }

        sentences.AddRange(spans.Select(span => Tidy(text[span.Start..span.End])));
    }

    private static string Tidy(string fragment) => fragment.Trim().TrimStart(',', ';', ':').Trim();

    private static ReadOnlySpan<char> Tidy(ReadOnlySpan<char> fragment) => fragment.Trim().TrimStart(",;:").Trim();

    // Whitespace-separated tokens holding a letter or a digit (\p{L} or \p{N}), counted without splitting.
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inToken = false;
        var tokenHasWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count += inToken && tokenHasWord ? 1 : 0;
                inToken = tokenHasWord = false;
                continue;
            }

            inToken = true;
            tokenHasWord |= IsWordCharacter(c);
        }

        return count + (inToken && tokenHasWord ? 1 : 0);
    }

    private static bool IsWordCharacter(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
            UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    // Positions right after each sentence end (terminator plus the closing quotes and brackets that belong to it).
    private static IEnumerable<int> Boundaries(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(TerminatorSet);
            if (skip < 0)
            {
                yield break;
            }

            i += skip;

            var first = i;
            while (i < text.Length && Terminators.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
            }

            var isStop = i - first == 1 && text[first] == '.';
            while (i < text.Length && AdjacentClosers.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
            }

            i = SkipSpacedCloser(text, i);
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (EndsHere(text, first, i, isStop))
            {
                yield return i;
            }
        }
    }

    // Tokenised or sloppy text closes quotes after a space: "... talk . ''", "... talk. ”", "... talk. " He said".
    private static int SkipSpacedCloser(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        var closer = text.AsSpan(j).StartsWith("''") ? 2 : j < text.Length && text[j] is '”' or '»' or '"' ? 1 : 0;
        if (j == i || closer == 0)
        {
            return i;
        }

        var after = j + closer;
        return after >= text.Length || char.IsWhiteSpace(text[after]) ? after : i;
    }

    private static bool EndsHere(string text, int terminator, int end, bool isStop)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (text[next] is ',' or ';' or ':')
        {
            return false;
        }

        while (next < text.Length && Openers.Contains(text[next], StringComparison.Ordinal))
        {
            next++;
        }

        var nextWord = LeadingWord(text, next);
        if (nextWord.Length > 0 && char.IsLower(nextWord[0]) && !(nextWord.Length > 1 && char.IsUpper(nextWord[1])))
        {
            return false;
        }

        return !isStop || Abbreviations.EndsSentence(WordBefore(text, terminator), nextWord);
    }

    private static string LeadingWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    // The word a stop is attached to, with its inner stops ("U.S" for "U.S."); empty for a stop after a space.
    private static string WordBefore(string text, int stop)
    {
        var start = stop;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && !Openers.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        return text[start..stop];
    }
}
