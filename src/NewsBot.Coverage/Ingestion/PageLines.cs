using System.Buffers;
using System.Text;

namespace NewsBot.Coverage.Ingestion;

// A page's text as trimmed lines: one kind of line break, plain spaces, no invisible characters, and the lines of a
// hard-wrapped paragraph joined back together.
internal static class PageLines
{
    // Every character Normalise replaces or removes: a carriage return, the invisible ones, and whitespace other
    // than a plain space or a line feed.
    private static readonly SearchValues<char> Changed = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => c is '\r' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || (char.IsWhiteSpace(c) && c is not (' ' or '\n')))]);

    public static List<string> Of(string text) =>
        JoinWrappedLines([.. Normalise(text).Split('\n').Select(l => l.Trim())]);

    // One kind of line break; no-break and other odd spaces as plain spaces; invisible characters removed.
    private static string Normalise(string text)
    {
        // Most pages need no change at all, and the rest only here and there: copy up to the first character that does.
        var start = text.AsSpan().IndexOfAny(Changed);
        if (start < 0)
        {
            return text;
        }

        var chars = new StringBuilder(text.Length);
        chars.Append(text, 0, start);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                chars.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }
            else
            {
                chars.Append(c is '\u2028' or '\u2029' ? '\n' : c != '\n' && char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return chars.ToString();
    }

    // A hard-wrapped paragraph continues on the next line in lower case; join those lines back.
    private static List<string> JoinWrappedLines(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && IsContinuation(joined[^1], line))
            {
                joined[^1] = joined[^1] + " " + line;
            }
            else
            {
                joined.Add(line);
            }
        }

        return joined;
    }

    private static bool IsContinuation(string previous, string line) =>
        line.Length > 0 && char.IsLower(line[0]) && !LineShape.IsUrl(line.Split(' ')[0])
        && previous.Length > 0 && !LineShape.EndsLikeSentence(previous) && LineShape.Words(previous) >= 3
        && !LineShape.IsUrl(previous);
}
