using System.Net;
using System.Text;

namespace NewsBot.Protocol.Tests.Support;

/// <summary>An HTTP stand-in: records every request and answers through <see cref="Respond"/>.</summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public Func<RecordedRequest, Task<HttpResponseMessage>> Respond { get; set; } =
        _ => Task.FromResult(Json(HttpStatusCode.OK, """{"id":"reply-1"}"""));

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public HttpClient CreateClient() => new(this, disposeHandler: false);

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken),
            request.Content?.Headers.ContentType?.MediaType);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        return await Respond(recorded);
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body, string? ContentType);
