using System.Text.RegularExpressions;

namespace NewsBot.Dialogs.Intents;

// Matches what a person calls an outlet ("npr", "europe news", "EN") to an indexed outlet name, and finds outlets
// named inside a question.
internal static class OutletNames
{
    public static string? Find(string name, IReadOnlyList<string> outlets)
    {
        var wanted = Words.Join(Words.Of(name));
        if (wanted.Length == 0)
        {
            return null;
        }

        foreach (var outlet in outlets)
        {
            var words = Words.Of(outlet);
            if (Words.Join(words) == wanted || (words.Count > 1 && string.Concat(words.Select(w => w[0])) == wanted))
            {
                return outlet;
            }
        }

        return null;
    }

    // Whether the question names an outlet itself ("according to CNN, ..."); then a stored filter must not override it.
    public static bool NamedIn(string question, IReadOnlyList<string> outlets) =>
        outlets.Any(outlet => Regex.IsMatch(question, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(outlet)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
