using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Ingestion;

// Reads what a bare article file says about itself: its headline, outlet, date, address and byline. Only the page
// above the teaser blocks is read, so another story's dateline or byline is never taken for this one's.
internal static partial class MetadataInference
{
    private const int MinHeadlineWords = 4;
    private const int MaxHeadlineWords = 25;
    private const int MaxBylineWords = 12;
    private const int MaxSiteNameWords = 4;

    private const string Name = @"[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}";

    [GeneratedRegex(@"^(?i:by)\s+(?<names>" + Name + @"(?:\s+(?:and|&)\s+" + Name + ")*)")]
    private static partial Regex Byline();

    [GeneratedRegex(
        @"^(?:source|url|link|canonical|permalink|originally\s+published\s+(?:at|on)|read\s+(?:the\s+)?(?:original|full)\s+(?:article|story)\s+(?:at|on))\s*:?\s*(?<url>https?://\S+)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^[\p{L}\s]{1,20}:\s*\S+$")]
    private static partial Regex LabelAndValue();

    public static ArticleMetadata Infer(string text) => Infer(PageLayout.Of(text));

    public static ArticleMetadata Infer(PageLayout page) => Infer(page, new ArticleMetadata());

    // What the page says about the fields not already known (the title always: cleaning needs the headline as the
    // page prints it). Reading a page for an outlet or a date that the caller knows is most of the cost of parsing
    // a JSON-lines article, and its result would be thrown away.
    public static ArticleMetadata Infer(PageLayout page, ArticleMetadata known)
    {
        var needsOutlet = string.IsNullOrWhiteSpace(known.Outlet);
        var url = needsOutlet || string.IsNullOrWhiteSpace(known.Url) ? InferUrl(page) : null;
        return new ArticleMetadata(
            Title: InferTitle(page),
            Outlet: needsOutlet ? OutletInference.Infer(page, url) : null,
            Published: known.Published is null ? PublicationDate.Infer(page) : null,
            Url: url,
            Author: string.IsNullOrWhiteSpace(known.Author) ? InferAuthor(page) : null);
    }

    // The first line above the article that reads like a headline rather than site furniture; a first paragraph
    // without a full stop counts too, as it is the headline more often than a lede that lost its punctuation.
    private static string? InferTitle(PageLayout page)
    {
        var last = Math.Min(page.FirstProse, page.TailStart - 1);
        for (var i = 0; i <= last; i++)
        {
            var line = page.Lines[i];
            var candidate = page.Kinds[i] == LineKind.Heading
                || (page.Kinds[i] == LineKind.Prose && !LineShape.EndsLikeSentence(line) && !LineShape.HasInnerSentenceBreak(line));
            if (candidate && LooksLikeHeadline(line))
            {
                return WithoutSiteName(line).TrimEnd('–', '—', '-', '|', ':', ' ');
            }
        }

        return null;
    }

    // "Biden calls Putin | CNN Politics": the part after the last bar names the site, not the story.
    private static string WithoutSiteName(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 && LineShape.Words(line[(bar + 3)..]) <= MaxSiteNameWords ? line[..bar] : line;
    }

    private static bool LooksLikeHeadline(string line)
    {
        var words = LineShape.Words(line);
        var start = line.TrimStart('“', '"', '‘', '\'');
        return words is >= MinHeadlineWords and <= MaxHeadlineWords
            && start.Length > 0 && (char.IsUpper(start[0]) || char.IsDigit(start[0]))
            && !LineShape.IsBullet(line)
            && !Byline().IsMatch(line)
            && !PublicationDate.IsDateLine(line)
            && !LabelAndValue().IsMatch(line);
    }

    private static string? InferAuthor(PageLayout page) =>
        page.Body
            .Where(l => l.Kind != LineKind.Prose && LineShape.Words(l.Line) <= MaxBylineWords)
            .Select(l => Byline().Match(l.Line))
            .FirstOrDefault(m => m.Success)?.Groups["names"].Value;

    // Only an address the page labels as the article's own; image links and a site's home page are not.
    private static string? InferUrl(PageLayout page) =>
        page.Body
            .Where(l => l.Kind != LineKind.Prose)
            .Select(l => UrlLine().Match(l.Line))
            .Where(m => m.Success)
            .Select(m => m.Groups["url"].Value.TrimEnd('.', ',', ')'))
            .FirstOrDefault(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length > 1);
}
