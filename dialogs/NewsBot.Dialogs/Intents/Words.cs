using System.Text;

namespace NewsBot.Dialogs.Intents;

// The shape of a message that intent matching compares: lower case, apostrophes dropped ("what's" → "whats"),
// every other mark a separator.
internal static class Words
{
    public static IReadOnlyList<string> Of(string text)
    {
        var shaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                shaped.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’' or '‘'))
            {
                shaped.Append(' ');
            }
        }

        return shaped.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Join(IEnumerable<string> words) => string.Join(' ', words);
}
