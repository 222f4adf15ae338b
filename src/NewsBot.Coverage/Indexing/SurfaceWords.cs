using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Indexing;

// TextNormalizer.Words without a list or a string per word: indexing counts the surface words of a million sentences,
// and those allocations were a large share of its time. The words come out one at a time in a buffer the caller
// owns; they are the same words, in the same order (a test holds the two to that). A letter's folded form is asked
// of TextNormalizer once and remembered, so the folding rules stay in one place.
internal ref struct SurfaceWords
{
    private static readonly string?[] Folded = new string?[char.MaxValue + 1];

    private readonly ReadOnlySpan<char> _text;
    private char[] _buffer;
    private int _length;
    private int _next;

    public SurfaceWords(ReadOnlySpan<char> text, char[] buffer)
    {
        _text = text;
        _buffer = buffer;
    }

    public readonly ReadOnlySpan<char> Current => _buffer.AsSpan(0, _length);

    // The buffer, grown if a word needed more room: hand it to the next SurfaceWords to keep the room.
    public readonly char[] Buffer => _buffer;

    public readonly SurfaceWords GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        _length = 0;
        for (var i = _next; i < text.Length; i++)
        {
            var c = text[i];
            var initialism = char.IsUpper(c) ? Initialism(i) : 0;
            if (initialism > 0)
            {
                _next = i + initialism;
                return true;
            }

            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(c);
                continue;
            }

            if (TextNormalizer.IsApostrophe(c) && _length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    i++;
                }

                continue;
            }

            if (_length > 0)
            {
                _next = i + 1;
                return true;
            }
        }

        _next = text.Length;
        return _length > 0;
    }

    // "U.S." → "us": the initialism's letters become the whole current word, as in TextNormalizer.
    private int Initialism(int start)
    {
        var length = TextNormalizer.InitialismLength(_text, start, _length > 0);
        for (var j = start; j < start + length; j += 2)
        {
            Append(char.ToLowerInvariant(_text[j]));
        }

        return length;
    }

    private void AppendFolded(char c)
    {
        if (c < 128)
        {
            Append(char.ToLowerInvariant(c));
            return;
        }

        var folded = Folded[c] ??= TextNormalizer.Words(c.ToString())[0];
        foreach (var f in folded)
        {
            Append(f);
        }
    }

    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[_length++] = c;
    }
}
