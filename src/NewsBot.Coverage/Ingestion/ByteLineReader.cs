using System.Buffers;

namespace NewsBot.Coverage.Ingestion;

// Reads a stream line by line as raw bytes, so that each line can be decoded (and fail) on its own and a huge file
// is never held in memory. A line longer than the limit is skipped to its end and reported as too long.
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _start;
    private int _end;
    private bool _atEnd;

    public bool TryRead(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        _line.ResetWrittenCount();
        tooLong = false;
        long length = 0;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_atEnd || !Fill())
                {
                    break;
                }
            }

            any = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? available[..newline] : available;
            length += chunk.Length;
            tooLong |= length > maxLineBytes;
            if (!tooLong)
            {
                _line.Write(chunk);
            }

            _start += chunk.Length + (newline >= 0 ? 1 : 0);
            if (newline >= 0)
            {
                break;
            }
        }

        var bytes = _line.WrittenMemory;
        line = tooLong ? ReadOnlyMemory<byte>.Empty : bytes.Span is [.., (byte)'\r'] ? bytes[..^1] : bytes;
        return any;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer);
        _atEnd = _end == 0;
        return !_atEnd;
    }
}
