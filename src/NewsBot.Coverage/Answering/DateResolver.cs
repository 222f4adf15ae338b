using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Answering;

// Turns the dates news prose uses ("Thursday", "Jan. 10", "two days later", "earlier this week") into calendar
// dates, against the article's publication date and the last explicit date before the phrase.
internal static partial class DateResolver
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    // Every resolvable date phrase of a sentence, resolved. Context is the sentences before it in the article, oldest
    // first, for anchors of "two days later".
    public static List<ResolvedDate> Resolve(string sentence, DateOnly? published, IReadOnlyList<string> context)
    {
        var results = new List<ResolvedDate>();
        if (published is not { } today)
        {
            return results;
        }

        var anchor = LastExplicitDate(context, today);
        foreach (Match match in DatePhrase().Matches(sentence))
        {
            var phrase = match.Value;
            DateOnly? date = null;
            if (match.Groups["month"].Success)
            {
                date = MonthDay(match.Groups["month"].Value, match.Groups["day"].Value, match.Groups["year"].Value, today);
                if (date is { } explicitDate)
                {
                    anchor = explicitDate;
                }
            }
            else if (match.Groups["weekday"].Success)
            {
                date = Weekday(match.Groups["weekday"].Value, today, FutureTense(sentence));
            }
            else if (match.Groups["offset"].Success)
            {
                var count = int.TryParse(match.Groups["count"].Value, out var n) ? n : NumberWords.GetValueOrDefault(match.Groups["count"].Value, 0);
                var unit = match.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1;
                var sign = match.Groups["direction"].Value is "ago" or "before" or "earlier" ? -1 : 1;
                var from = match.Groups["direction"].Value == "ago" ? today : anchor ?? today;
                date = count > 0 ? from.AddDays(sign * count * unit) : null;
            }
            else if (match.Groups["relative"].Success)
            {
                date = match.Groups["relative"].Value.ToLowerInvariant() switch
                {
                    "today" or "tonight" => today,
                    "yesterday" => today.AddDays(-1),
                    "tomorrow" => today.AddDays(1),
                    _ => null,
                };
            }

            if (date is { } resolved)
            {
                results.Add(new ResolvedDate(phrase, resolved, $"{phrase} ({Format(resolved)})"));
            }
        }

        return results;
    }

    public static string Format(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    public static DateOnly? MonthDay(string month, string day, string year, DateOnly today)
    {
        var index = Array.IndexOf(MonthNames, month[..3].ToLowerInvariant());
        if (index < 0 || !int.TryParse(day, out var d) || d < 1 || d > 31)
        {
            return null;
        }

        var y = int.TryParse(year, out var explicitYear) ? explicitYear : today.Year;
        if (d > DateTime.DaysInMonth(y, index + 1))
        {
            return null;
        }

        var date = new DateOnly(y, index + 1, d);
        if (year.Length == 0)
        {
            // A month and day without a year is the occurrence nearest the article: "Jan. 10" in late December is next year's.
            if (date.DayNumber - today.DayNumber > 183)
            {
                date = date.AddYears(-1);
            }
            else if (today.DayNumber - date.DayNumber > 183)
            {
                date = date.AddYears(1);
            }
        }

        return date;
    }

    // News uses a bare weekday for the current week: forward for what "will" happen, backward for what happened.
    private static DateOnly Weekday(string name, DateOnly today, bool future)
    {
        var target = Enum.Parse<DayOfWeek>(name.TrimEnd('s', '\'', '’'), ignoreCase: true);
        var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
        return future || ahead == 0 ? today.AddDays(ahead) : today.AddDays(ahead - 7);
    }

    private static bool FutureTense(string sentence) => FutureCue().IsMatch(sentence);

    private static DateOnly? LastExplicitDate(IReadOnlyList<string> context, DateOnly today)
    {
        DateOnly? last = null;
        foreach (var text in context)
        {
            foreach (Match match in DatePhrase().Matches(text))
            {
                if (match.Groups["month"].Success && MonthDay(match.Groups["month"].Value, match.Groups["day"].Value, match.Groups["year"].Value, today) is { } date)
                {
                    last = date;
                }
            }
        }

        return last;
    }

    [GeneratedRegex(@"\b(?:will|would|is (?:expected|scheduled|set|due) to|are (?:expected|scheduled|set|due) to|plans? to|to be held|ahead of|upcoming|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    [GeneratedRegex(
        @"\b(?<month>" + AnswerTypeCues.MonthPattern + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d{2}))?\b" +
        @"|\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b" +
        @"|\b(?<offset>(?<count>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?)\s+(?<direction>later|after|ago|before|earlier))\b" +
        @"|\b(?<relative>today|tonight|yesterday|tomorrow)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DatePhrase();
}
