using System.Text;

namespace NewsBot.Coverage.Ingestion;

// Turns a text file's bytes into text, or says why they are not an article. UTF-8 is decoded strictly; bytes that
// are not UTF-8 are read as Windows-1252 (a superset of Latin-1 that older news sites and Word exports use), with a
// warning, so that the article is kept rather than lost. Binary files (NUL bytes, control bytes, few letters) are
// skipped. UTF-16 is recognised by its byte-order mark.
internal static class TextDecoder
{
    private const double MaxControlShare = 0.05;
    private const double MinLetterShare = 0.4;
    private const int SampleBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Decodes every byte sequence (its fallback replaces, never throws), so the fallback itself cannot fail.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string? Decode(byte[] bytes, string name, Action<string> warn)
    {
        if (bytes.Length == 0)
        {
            warn($"{name}: empty file; skipped.");
            return null;
        }

        var text = DecodeUnicode(bytes, name, warn);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            warn($"{name}: holds only whitespace; skipped.");
            return null;
        }

        if (LetterShare(text) < MinLetterShare)
        {
            warn($"{name}: mostly not text (too few letters); skipped.");
            return null;
        }

        return text;
    }

    private static string? DecodeUnicode(byte[] bytes, string name, Action<string> warn)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true);
            return Strict(utf16, bytes.AsSpan(2), name, warn);
        }

        var body = bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes.AsSpan(3) : bytes.AsSpan();
        var sample = body[..Math.Min(body.Length, SampleBytes)];
        if (sample.Contains((byte)0))
        {
            warn($"{name}: binary file (NUL bytes at line {LineOf(body, body.IndexOf((byte)0))}); skipped.");
            return null;
        }

        if (ControlShare(sample) > MaxControlShare)
        {
            warn($"{name}: binary file (control bytes); skipped.");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            var line = LineOf(body, FirstInvalidUtf8(body));
            warn($"{name}: not valid UTF-8 (first bad byte at line {line}{(ex.BytesUnknown is { Length: > 0 } b ? $", 0x{b[0]:X2}" : "")}); read as Windows-1252 instead.");
            return Windows1252.GetString(body);
        }
    }

    private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, Action<string> warn)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warn($"{name}: has a UTF-16 byte-order mark but is not valid UTF-16; skipped.");
            return null;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Max(index, 0)].Count((byte)'\n') + 1;

    private static double ControlShare(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
        {
            if ((b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) || b == 0x7F)
            {
                control++;
            }
        }

        return sample.IsEmpty ? 0 : (double)control / sample.Length;
    }

    private static double LetterShare(string text)
    {
        var visible = text.Count(c => !char.IsWhiteSpace(c));
        return visible == 0 ? 0 : (double)text.Count(char.IsLetter) / visible;
    }
}
