using System.Collections.Concurrent;

namespace NewsBot.Reliability.Tests.Support;

// What the bot answered, request by request, as text (status, headers and body) for the secret scan.
public sealed class ResponseRecorder
{
    private readonly ConcurrentQueue<string> _responses = new();

    public IReadOnlyCollection<string> Responses => _responses;

    public void Add(string response) => _responses.Enqueue(response);
}

internal sealed class RecordingHandler(ResponseRecorder recorder) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        recorder.Add($"{request.Method} {request.RequestUri?.AbsolutePath} -> {(int)response.StatusCode} {response.Headers} {response.Content.Headers} {body}");
        return response;
    }
}
