namespace NewsBot.Coverage.Ingestion;

// Keeps only an article's own paragraphs: the prose lines between the headline and the first teaser block, without
// photo credits or cut-off fragments trailing a paragraph, and without a paragraph printed twice.
internal static class TextCleaner
{
    // Above this much prose, a line equal to the headline is a teaser's, not this article's, and does not end the head.
    private const int ProseBeforeHeadline = 2;

    // A trailing fragment at least this long is kept as text the page lost the punctuation of.
    private const int LongFragmentWords = 8;

    // Words no sentence ends on: a short fragment ending on one was cut off mid-phrase.
    private static readonly HashSet<string> DanglingWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but",
        "that", "which", "who", "whose", "like", "than", "into", "onto", "about", "is", "are", "was", "were",
    };

    public static IReadOnlyList<string> Clean(string text, string? title = null) => Clean(PageLayout.Of(text), title);

    // Titles: the headlines the article may be printed under (known and inferred); the page starts below the lowest.
    public static IReadOnlyList<string> Clean(PageLayout page, params string?[] titles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = new List<string>();
        for (var i = titles.Select(t => HeadEnd(page, t)).DefaultIfEmpty(0).Max(); i < page.TailStart; i++)
        {
            if (page.Kinds[i] != LineKind.Prose)
            {
                continue;
            }

            var paragraph = WithoutTrailingFragment(page.Lines[i].TrimStart(',', ';', ' '));
            if (paragraph.Length > 0 && seen.Add(Key(paragraph)))
            {
                paragraphs.Add(paragraph);
            }
        }

        return paragraphs;
    }

    // Everything down to the headline is the page's head, even prose there (cookie notices, site blurbs).
    private static int HeadEnd(PageLayout page, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return 0;
        }

        var headline = Key(title);
        var prose = 0;
        for (var i = 0; i < page.TailStart && prose <= ProseBeforeHeadline; i++)
        {
            if (Key(page.Lines[i]) == headline)
            {
                return i + 1;
            }

            prose += page.Kinds[i] == LineKind.Prose ? 1 : 0;
        }

        return 0;
    }

    // "…on Thursday. Adam Schultz/The White House via AP" loses its credit; "…allies. Committed to the principle of"
    // loses the sentence the page cut off.
    private static string WithoutTrailingFragment(string paragraph)
    {
        var cut = LineShape.TrailingFragmentStart(paragraph);
        if (cut < 0)
        {
            return paragraph;
        }

        var fragment = paragraph[cut..];
        var isCutOff = LineShape.Words(fragment) < LongFragmentWords && DanglingWords.Contains(fragment.Split(' ')[^1].ToLowerInvariant());
        return Furniture.IsCredit(fragment) || isCutOff ? paragraph[..cut].TrimEnd() : paragraph;
    }

    // Two lines are the same paragraph when they differ only in case, spacing, quote style or trailing dashes.
    // In one pass over the line (a regular expression and six copies of it were a tenth of the time of indexing):
    // runs of whitespace become one space, the ends are trimmed, curly quotes become straight, then lower case.
    public static string Key(string line)
    {
        var buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        var length = 0;
        var inSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace && length > 0)
            {
                buffer[length++] = ' ';
            }

            inSpace = false;
            buffer[length++] = c switch
            {
                '’' or '‘' => '\'',
                '“' or '”' => '"',
                _ => c,
            };
        }

        var key = buffer[..length].TrimEnd("–—-|: ");
        var lower = key.Length <= 512 ? stackalloc char[key.Length] : new char[key.Length];
        key.ToLowerInvariant(lower);
        return new string(lower);
    }
}
