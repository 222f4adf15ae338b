using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Ingestion;

// Who published a bare article, from the strongest evidence on the page: a "Source:" label, then the site's own
// subscription prompt, a dateline ("(CNN) —"), a reporting credit ("With reporting from NPR's ..."), a radio or TV
// station's call sign, an agency credit ("The Associated Press contributed to this report."), the article's address.
internal static partial class OutletInference
{
    private const int MaxLabelWords = 5;

    [GeneratedRegex(@"^(?:source|via|publisher|published\s+by|originally\s+published\s+(?:by|on|in|at))\s*:\s*(?<name>[^|]{2,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"\bsubscribe\s+to\s+(?:the\s+)?(?<name>[\p{L}\p{N}&.'’ -]{2,40}?)\s+(?:newspaper|newsletter|magazine|e-?paper)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionPrompt();

    [GeneratedRegex(@"^(?:\p{Lu}{2}[\p{L}.,' -]{0,40}?\s*)?\((?<name>[A-Z][A-Za-z]{1,11})\)\s*[-—–:]")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?i:reporting\s+(?:from|by)\s+(?:the\s+)?)(?<name>[\p{Lu}][\p{L}&]*(?:\s[\p{Lu}][\p{L}&]*){0,3}?)['’]s\b")]
    private static partial Regex ReportingCredit();

    [GeneratedRegex(@"^(?<name>[KW][A-Z]{2,3}(?:-(?:FM|AM|TV|DT))?)$")]
    private static partial Regex CallSign();

    [GeneratedRegex(
        @"(?<name>(?:The\s+)?[\p{Lu}][\p{L}&.-]*(?:\s[\p{Lu}][\p{L}&.-]*){0,3}?)\s+(?:(?:writers?|reporters?|correspondents?|staff|journalists?)\b.{0,80}?\s)?contributed\s+to\s+this\s+(?:report|story|article)")]
    private static partial Regex AgencyCredit();

    public static string? Infer(PageLayout page, string? url)
    {
        var lines = page.Body.ToList();
        return Labelled(lines)
            ?? First(lines, l => SubscriptionPrompt().Match(l.Line), name => IsOwnName(name) ? OutletNames.Resolve(name) : null)
            ?? First(lines, l => Dateline().Match(l.Line), Agency)
            ?? First(lines, l => ReportingCredit().Match(l.Line), Agency)
            ?? First(lines, l => l.Kind == LineKind.Heading ? CallSign().Match(l.Line) : Match.Empty, name => name)
            ?? First(lines, l => AgencyCredit().Match(l.Line), OutletNames.Find)
            ?? (url is null ? null : OutletNames.Find(url));
    }

    private static string? Labelled(List<(string Line, LineKind Kind)> lines) =>
        First(
            lines,
            l => l.Kind == LineKind.Prose ? Match.Empty : SourceLabel().Match(l.Line),
            name => LineShape.Words(name) <= MaxLabelWords ? OutletNames.Find(name) ?? SiteName(name) : null);

    // "cnnespanol" as printed; "https://www.example.com/..." as its host, "example.com".
    private static string SiteName(string name) =>
        Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : name;

    // A known outlet, or an unknown code printed in capitals as agencies and broadcasters are ("(KTLA) —").
    private static string? Agency(string name) =>
        OutletNames.Find(name) ?? (name.All(char.IsUpper) ? name : null);

    private static bool IsOwnName(string name) =>
        name.ToLowerInvariant() is not ("our" or "my" or "this" or "your" or "a" or "an");

    private static string? First(
        List<(string Line, LineKind Kind)> lines, Func<(string Line, LineKind Kind), Match> find, Func<string, string?> name) =>
        lines.Select(find).Where(m => m.Success).Select(m => name(m.Groups["name"].Value.Trim())).FirstOrDefault(n => n is not null);
}
