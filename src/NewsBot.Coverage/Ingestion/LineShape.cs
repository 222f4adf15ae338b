using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Ingestion;

// Measurements of one line of a scraped page, the raw material of the line classifier.
internal static partial class LineShape
{
    // A line ending in a colon or a bare closing quote is a sentence only from this many words on.
    private const int MinOpenEndedWords = 6;

    // Closing quotes and brackets, and the stray opening quotes scrapers leave at the end of a paragraph.
    private static readonly char[] Closers = [.. "”’\"')]»“‘ "];

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    // A video's running time, alone ("2:52") or after its title ("This is what we know 2:10").
    [GeneratedRegex(@"(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?$")]
    private static partial Regex EndsWithDuration();

    // A sentence end followed by the start of another sentence inside the line.
    [GeneratedRegex(@"[.!?][”’""')\]]*\s+[“‘""(]?[\p{Lu}\p{N}]")]
    private static partial Regex InnerSentenceBreak();

    [GeneratedRegex(@"^\s*[•·◦▪‣*\-–—]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"[.!?…][”’""')\]]*\s+")]
    private static partial Regex SentenceEnd();

    public static bool IsUrl(string line) => Url().IsMatch(line);

    public static bool IsVideoLength(string line) => EndsWithDuration().IsMatch(line) && !EndsLikeSentence(line);

    public static bool IsBullet(string line) => Bullet().IsMatch(line);

    public static string WithoutBullet(string line) => Bullet().Replace(line, string.Empty, 1);

    public static int Words(string line) => SentenceSplitter.WordCount(line);

    public static bool HasInnerSentenceBreak(string line) => InnerSentenceBreak().IsMatch(line);

    // Ends with sentence punctuation, possibly inside closing quotes or brackets ("...talk.”", "(AP)."), or is a
    // long enough quotation that closes without punctuation ("...“real progress”").
    public static bool EndsLikeSentence(string line)
    {
        var trimmed = line.TrimEnd();
        var end = trimmed.TrimEnd(Closers);
        if (end.Length == 0)
        {
            return false;
        }

        var last = end[^1];
        return last is '.' or '!' or '?' or '…'
            || (last == ':' && Words(line) >= MinOpenEndedWords)
            || (trimmed[^1] is '”' or '"' && Words(line) >= MinOpenEndedWords);
    }

    // Where the unpunctuated text after a line's last sentence starts ("…on Thursday. Adam Schultz/The White House
    // via AP"), or -1 when the line ends like a sentence or holds a single sentence.
    public static int TrailingFragmentStart(string line)
    {
        if (EndsLikeSentence(line))
        {
            return -1;
        }

        var ends = SentenceEnd().Matches(line);
        return ends.Count == 0 ? -1 : ends[^1].Index + ends[^1].Length;
    }

    // Trailing "..." or "…" on a line that holds one sentence: a cut-off teaser or breadcrumb, not prose.
    public static bool IsTruncated(string line)
    {
        var trimmed = line.TrimEnd();
        return (trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…'))
            && !HasInnerSentenceBreak(trimmed.TrimEnd('.', '…'));
    }

    // Most words capitalised, as in "Schools' Factual - Thinking Skills: Think About It".
    public static bool IsTitleCase(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count > 0 && words.Count(w => char.IsUpper(w[0])) > words.Count * 0.6;
    }

    // Share of letters among the visible characters: low for timestamps, counters, symbols and markup.
    public static double LetterShare(string line)
    {
        var visible = 0;
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return visible == 0 ? 0 : (double)letters / visible;
    }
}
