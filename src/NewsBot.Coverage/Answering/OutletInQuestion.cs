using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Answering;

// An outlet a question restricts itself to: named with a phrase ("according to NPR", "what did NPR say about",
// "CNN's coverage") or mentioned as the source of a report ("the CNN report"). The phrase is taken out of the
// question so that it does not count as something to look for in the articles.
internal static partial class OutletInQuestion
{
    // "according to NPR, …" and the like.
    public static (string? Outlet, string Text) Named(string text, IReadOnlyCollection<string> outlets)
    {
        foreach (var pattern in OutletPatterns)
        {
            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }

            var outlet = OutletMatcher.Find(match.Groups["outlet"].Value, outlets);
            if (outlet is not null)
            {
                var rest = (text[..match.Index] + " " + match.Groups["keep"].Value + " " + text[(match.Index + match.Length)..]).Trim();
                return (outlet, Whitespace().Replace(rest, " "));
            }
        }

        return (null, text);
    }

    // "the CNN report": an outlet named as such, written as it is indexed. Only distinctive names count (acronyms,
    // names of several words, or a name followed by report/article/...), so that "mint" or "time" in a question
    // are not taken for outlets.
    public static (string? Outlet, string Text) Mentioned(string text, IReadOnlyCollection<string> outlets)
    {
        foreach (var outlet in outlets)
        {
            var match = Regex.Match(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(outlet)}(?:['’]s)?(?![\p{{L}}\p{{N}}])(?<next>\s+\w+)?", RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                continue;
            }

            var distinctive = (outlet.Length >= 3 && outlet.All(c => char.IsUpper(c) || char.IsDigit(c))) || outlet.Contains(' ', StringComparison.Ordinal) ||
                OutletNouns().IsMatch(match.Groups["next"].Value);
            if (distinctive)
            {
                // "the CNN report" names the outlet's article as a whole; "report" is not something to look for in it.
                var nounFollows = OutletNouns().IsMatch(match.Groups["next"].Value);
                var rest = text.Remove(match.Index, nounFollows ? match.Length : match.Length - match.Groups["next"].Length);
                return (outlet, Whitespace().Replace(rest, " ").Trim());
            }
        }

        return (null, text);
    }

    private static readonly Regex[] OutletPatterns =
    [
        AccordingTo(),
        DidOutletSay(),
        OutletPossessive(),
    ];

    [GeneratedRegex(@"^\s+(?:report|reports|reporting|article|articles|story|stories|coverage|piece|says|said|reported|wrote|writes)$", RegexOptions.IgnoreCase)]
    private static partial Regex OutletNouns();

    [GeneratedRegex(@"\b(?:according to|as reported by|per)\s+(?:the\s+)?(?<outlet>[\p{L}\p{N}&.' -]{2,40}?)(?=\s*(?:[,?.!;:]|$))(?<keep>)", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?<keep>what|how|when|who|where|why)\s+(?:did|does|do|has|have)\s+(?:the\s+)?(?<outlet>[\p{L}\p{N}&.' -]{2,40}?)\s+(?:say|said|report|reported|write|wrote|tell us)(?:\s+(?:about|on|of|regarding))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DidOutletSay();

    [GeneratedRegex(@"\b(?:in\s+)?(?:the\s+)?(?<outlet>[\p{L}\p{N}&.-]{2,30})['’]s\s+(?:coverage|article|story|report|reporting|version)\b(?<keep>)", RegexOptions.IgnoreCase)]
    private static partial Regex OutletPossessive();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
