using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NewsBot.Benchmarks.Http;

// JSON over HTTP for the load generator: compact bodies (the benchmark's own JSON files are indented), and a call that
// reads the whole response and fails with its status and body when it is not a success.
internal static class HttpJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    private static readonly MediaTypeHeaderValue ContentType = new("application/json");

    public static ByteArrayContent Content(object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Options));
        content.Headers.ContentType = ContentType;
        return content;
    }

    public static async Task<JsonDocument> SendAsync(HttpClient http, string path, string? bearer, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = body is null ? null : Content(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(bytes)
            : throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
    }
}
