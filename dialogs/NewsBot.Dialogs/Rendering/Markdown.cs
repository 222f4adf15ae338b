using System.Globalization;
using System.Text;

namespace NewsBot.Dialogs.Rendering;

// Text from articles and users goes into markdown replies; its own marks must not turn into formatting or links.
internal static class Markdown
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    public static string Quote(string sentence) => $"“{Escape(sentence.Trim().Trim('"', '“', '”'))}”";

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    public static string Shorten(string text, int length) =>
        text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
