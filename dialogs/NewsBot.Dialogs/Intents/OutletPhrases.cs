using System.Text.RegularExpressions;

namespace NewsBot.Dialogs.Intents;

// "only NPR", "just CNN please", "NPR only", "stick to AP" set a lasting outlet filter; "all outlets" clears it.
// A filter phrase counts only when it names an indexed outlet, so "only 100,000 troops?" stays a question.
internal static partial class OutletPhrases
{
    private static readonly HashSet<string> ClearPhrases =
    [
        "all outlets", "all sources", "all the outlets", "all the sources", "any outlet", "any outlets", "any source", "every outlet",
        "every source", "all of them", "use all outlets", "use all sources", "all outlets please", "clear filter", "clear the filter",
        "remove filter", "remove the filter", "reset filter", "reset the filter", "no filter", "everyone", "all papers",
    ];

    public static Intent? Match(IReadOnlyList<string> words, string text, IReadOnlyList<string> outlets)
    {
        var joined = Words.Join(words);
        if (ClearPhrases.Contains(joined))
        {
            return new Intent(IntentKind.ClearOutlet, text);
        }

        var match = Only().Match(joined);
        if (!match.Success)
        {
            match = Trailing().Match(joined);
        }

        if (!match.Success)
        {
            return null;
        }

        var outlet = OutletNames.Find(match.Groups["outlet"].Value, outlets);
        return outlet is null ? null : new Intent(IntentKind.SetOutlet, text, Outlet: outlet);
    }

    [GeneratedRegex(@"^(?:(?:only|just)(?: use| using| from| ask)?|use only|(?:use|stick to|switch to|filter by|filter to|limit to|restrict to|answer from)(?: only)?)(?: the)? (?<outlet>.+?)(?: only)?(?: please)?$")]
    private static partial Regex Only();

    [GeneratedRegex(@"^(?:the )?(?<outlet>.+?) only(?: please)?$")]
    private static partial Regex Trailing();
}
