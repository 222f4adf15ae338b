using System.Net;
using System.Net.Http.Headers;

namespace NewsBot.Reliability.Tests.Support;

// A body sent with Transfer-Encoding: chunked and no Content-Length, so a server cannot refuse it by its declared size.
internal sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _bytes;

    public ChunkedContent(byte[] bytes, string contentType)
    {
        _bytes = bytes;
        Headers.ContentType = new MediaTypeHeaderValue(contentType);
    }

    public static ChunkedContent Json(string text) => new(System.Text.Encoding.UTF8.GetBytes(text), "application/json");

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += 64 * 1024)
        {
            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(64 * 1024, _bytes.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
