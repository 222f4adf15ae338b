using System.Globalization;
using System.Text.Json;

namespace NewsBot.Coverage.Ingestion;

// Streams a JSON-lines file of articles, one object a line: {"id", "title", "outlet", "date", "text"} and optionally
// "url" and "author"; other fields are ignored. A bad line (not JSON, not UTF-8, no text, too long) is skipped with a
// warning naming the file and line; the lines around it are still read.
internal static class JsonLinesReader
{
    // Warnings past this many bad lines in one file are summed up in one, so a mislabelled binary file stays readable.
    private const int MaxLineWarnings = 10;

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IEnumerable<RawArticle> Read(string path, long maxLineBytes, Action<string> warn)
    {
        var name = Path.GetFileName(path);
        var stream = Open(path, warn);
        if (stream is null)
        {
            yield break;
        }

        using (stream)
        {
            var reader = new ByteLineReader(stream, maxLineBytes);
            var number = 0;
            var bad = 0;
            void Bad(string problem)
            {
                if (++bad <= MaxLineWarnings)
                {
                    warn($"{name} line {number}: {problem}");
                }
            }

            while (Next(reader, name, warn) is { } next)
            {
                number++;
                if (next.TooLong)
                {
                    Bad($"longer than {maxLineBytes:N0} bytes; skipped.");
                    continue;
                }

                if (Parse(next.Line.Span, $"{name}#{number}", Bad) is { } article)
                {
                    yield return article;
                }
            }

            if (bad > MaxLineWarnings)
            {
                warn($"{name}: {bad - MaxLineWarnings} more bad lines skipped.");
            }
        }
    }

    private static FileStream? Open(string path, Action<string> warn)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn($"{path}: could not be read ({ex.Message}); skipped.");
            return null;
        }
    }

    private static (ReadOnlyMemory<byte> Line, bool TooLong)? Next(ByteLineReader reader, string name, Action<string> warn)
    {
        try
        {
            return reader.TryRead(out var line, out var tooLong) ? (line, tooLong) : null;
        }
        catch (IOException ex)
        {
            warn($"{name}: reading stopped ({ex.Message}); the rest of the file is skipped.");
            return null;
        }
    }

    private static RawArticle? Parse(ReadOnlySpan<byte> line, string fallbackId, Action<string> bad)
    {
        if (line is [0xEF, 0xBB, 0xBF, ..])
        {
            line = line[3..];
        }

        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        JsonLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<JsonLine>(line, Options);
        }
        catch (JsonException ex)
        {
            bad($"not a valid JSON article ({FirstSentence(ex.Message)}); skipped.");
            return null;
        }

        if (parsed is null || string.IsNullOrWhiteSpace(parsed.Text))
        {
            bad("has no \"text\"; skipped.");
            return null;
        }

        var id = parsed.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            bad($"has no \"id\"; read as \"{fallbackId}\".");
            id = fallbackId;
        }

        return new RawArticle(id, parsed.Text, new ArticleMetadata(parsed.Title, parsed.Outlet, Date(parsed.Date, bad), parsed.Url, parsed.Author));
    }

    // "2021-12-30", or the date part of a timestamp ("2021-12-30T17:11:01Z").
    private static DateOnly? Date(string? value, Action<string> bad)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var datePart = trimmed.Length > 10 && trimmed[10] is 'T' or ' ' ? trimmed[..10] : trimmed;
        if (DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        bad($"date \"{value}\" is not a yyyy-MM-dd date; the article is read without one.");
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private sealed record JsonLine(string? Id, string? Title, string? Outlet, string? Date, string? Text, string? Url, string? Author);
}
