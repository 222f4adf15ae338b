namespace NewsBot.Coverage.Ingestion;

// Tells what each line of a page is from its shape, its words and its neighbours: running text, a heading, site
// chrome, or the marker of a teaser block.
internal static class LineClassifier
{
    private const int ShortQuestionWords = 6;

    // Headlines and section headings are shorter than this; a line this long is a paragraph even without a stop.
    private const int LongLineWords = 12;

    // Timestamps, counters and symbol rows have almost no letters; prose full of figures still has far more.
    private const double MinLetterShare = 0.25;

    public static LineKind[] Classify(IReadOnlyList<string> lines)
    {
        var kinds = lines.Select(Classify).ToArray();
        MarkVideoTitles(lines, kinds);
        MarkListItems(lines, kinds);
        return kinds;
    }

    private static LineKind Classify(string line)
    {
        var text = line.TrimStart(',', ';', ' ');
        if (text.Length == 0)
        {
            return LineKind.Blank;
        }

        if (Furniture.IsTailMarker(text))
        {
            return LineKind.TailMarker;
        }

        var body = LineShape.WithoutBullet(text);
        if (LineShape.IsUrl(text) || LineShape.IsVideoLength(text) || Furniture.IsChrome(body)
            || LineShape.LetterShare(text) < MinLetterShare || LineShape.IsTruncated(body))
        {
            return LineKind.Furniture;
        }

        var words = LineShape.Words(body);
        var isProse = words >= SentenceSplitter.MinWords
            && (LineShape.EndsLikeSentence(body) || (words >= LongLineWords && IsUnpunctuatedParagraph(text)) || IsCaption(body));
        return isProse && !IsShortQuestion(body, words) ? LineKind.Prose : LineKind.Heading;
    }

    // A long line without final punctuation is a paragraph that lost its full stop, unless it has the marks of a
    // headline or a link: Title Case, a trailing dash or bar (" – Site Name"), or a lone bullet.
    private static bool IsUnpunctuatedParagraph(string line) =>
        LineShape.HasInnerSentenceBreak(line)
        || (!LineShape.IsBullet(line) && !LineShape.IsTitleCase(line) && line[^1] is not ('–' or '—' or '-' or '|' or ':'));

    // "Protesters gather near the crossing. (Photo: Jane Roe/Reuters)": sentences followed by a photo credit.
    private static bool IsCaption(string line)
    {
        var cut = LineShape.TrailingFragmentStart(line);
        return cut > 0 && Furniture.IsCredit(line[cut..]) && LineShape.Words(line[..cut]) >= SentenceSplitter.MinWords;
    }

    // "What's the outlook?" standing alone is a section heading.
    private static bool IsShortQuestion(string line, int words) =>
        line.EndsWith('?') && words <= ShortQuestionWords && !LineShape.HasInnerSentenceBreak(line)
        && line.IndexOfAny(['"', '“', '”']) < 0;

    // The line before a video's running time is the video's title, even when it reads like a question.
    private static void MarkVideoTitles(IReadOnlyList<string> lines, LineKind[] kinds)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!LineShape.IsVideoLength(lines[i]))
            {
                continue;
            }

            var previous = i - 1;
            while (previous >= 0 && kinds[previous] == LineKind.Blank)
            {
                previous--;
            }

            var isTitle = previous >= 0 && (kinds[previous] == LineKind.Heading
                || (kinds[previous] == LineKind.Prose && lines[previous].EndsWith('?') && !LineShape.HasInnerSentenceBreak(lines[previous])));
            if (isTitle)
            {
                kinds[previous] = LineKind.Furniture;
            }
        }
    }

    // Consecutive bullet lines are a list in the article ("- Raised the income-tax threshold to 100,000 rupees");
    // a lone unpunctuated bullet between paragraphs is a link to another story.
    private static void MarkListItems(IReadOnlyList<string> lines, LineKind[] kinds)
    {
        var bullets = Enumerable.Range(0, lines.Count).Where(i => LineShape.IsBullet(lines[i])).ToList();
        for (var b = 0; b < bullets.Count; b++)
        {
            var i = bullets[b];
            var inList = (b > 0 && OnlyBlankBetween(kinds, bullets[b - 1], i))
                || (b + 1 < bullets.Count && OnlyBlankBetween(kinds, i, bullets[b + 1]));
            if (inList && kinds[i] == LineKind.Heading && LineShape.Words(lines[i]) >= SentenceSplitter.MinWords)
            {
                kinds[i] = LineKind.Prose;
            }
        }
    }

    private static bool OnlyBlankBetween(LineKind[] kinds, int from, int to) =>
        Enumerable.Range(from + 1, to - from - 1).All(i => kinds[i] == LineKind.Blank);
}
