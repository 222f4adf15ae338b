using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Ingestion;

// Finds when a scraped article was published. A labelled date ("date 2021-12-31", "Published March 3, 2022") or a
// machine timestamp line is taken as is. A bare date line at the top of a page ("Thursday, June 20, 2024") is often
// the day the page was crawled, so it is only believed when the dates the article itself mentions lie near it.
internal static partial class PublicationDate
{
    private const string Months =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private const string LongDate =
        @"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?<month>" + Months + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + Months + @")\.?,?\s+(?<year>\d{4}))";

    // An article mentioning a date further than this from a bare page date shows the page date is not its own.
    private const int NearDays = 62;

    [GeneratedRegex(@"\b(?:date|dated|published|posted|updated|pubdate)\b(?:\s+on)?\s*[:=]?\s*(?<iso>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledIsoDate();

    [GeneratedRegex(@"^(?<iso>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex TimestampLine();

    [GeneratedRegex(@"^(?:first\s+|last\s+)?(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*" + LongDate, RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLongDate();

    [GeneratedRegex("^" + LongDate + @"(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\b(?<month>" + Months + @")\.?\s+(?<day>\d{1,2})\b(?!:)|\b(?<day>\d{1,2})\s+(?<month>" + Months + @")\b")]
    private static partial Regex MonthDay();

    public static bool IsDateLine(string line) =>
        TimestampLine().IsMatch(line) || DateLine().IsMatch(line) || LabelledIsoDate().IsMatch(line) || LabelledLongDate().IsMatch(line);

    public static DateOnly? Infer(PageLayout page)
    {
        DateOnly? pageDate = null;
        foreach (var (line, kind) in page.Body)
        {
            if (kind == LineKind.Prose)
            {
                continue;
            }

            if (Labelled(line) is { } labelled)
            {
                return labelled;
            }

            pageDate ??= DateLine().Match(line) is { Success: true } bare ? FromParts(bare) : null;
        }

        return pageDate is { } date && ArticleDatesLieNear(page, date) ? date : null;
    }

    private static DateOnly? Labelled(string line)
    {
        var iso = LabelledIsoDate().Match(line);
        if (!iso.Success)
        {
            iso = TimestampLine().Match(line);
        }

        if (iso.Success)
        {
            return DateOnly.TryParseExact(iso.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
        }

        var written = LabelledLongDate().Match(line);
        return written.Success ? FromParts(written) : null;
    }

    private static bool ArticleDatesLieNear(PageLayout page, DateOnly date)
    {
        foreach (var (line, kind) in page.Body)
        {
            if (kind != LineKind.Prose)
            {
                continue;
            }

            foreach (Match mention in MonthDay().Matches(line))
            {
                var month = MonthNumber(mention.Groups["month"].Value);
                var day = int.Parse(mention.Groups["day"].Value, CultureInfo.InvariantCulture);
                var nearest = Enumerable.Range(date.Year - 1, 3)
                    .Select(year => TryDate(year, month, day))
                    .Where(d => d is not null)
                    .Select(d => Math.Abs(d!.Value.DayNumber - date.DayNumber))
                    .DefaultIfEmpty(int.MaxValue)
                    .Min();
                if (nearest > NearDays)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static DateOnly? FromParts(Match match) =>
        TryDate(
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            MonthNumber(match.Groups["month"].Value),
            int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int MonthNumber(string name) =>
        Array.IndexOf(
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            name[..3].ToLowerInvariant()) + 1;
}
