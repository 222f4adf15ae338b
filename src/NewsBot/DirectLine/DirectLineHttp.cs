using System.Globalization;
using NewsBot.Protocol.DirectLine;

namespace NewsBot.DirectLine;

// Translates between ASP.NET Core and the framework-free Direct Line server.
internal static class DirectLineHttp
{
    public static DirectLineRequest ToDirectLine(this HttpRequest request) => new(
        request.Headers.Authorization.FirstOrDefault(),
        new Uri($"{request.Scheme}://{request.Host}{request.PathBase}"),
        request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    // A query parameter as DirectLineJS sends it: absent (null) is not the same as empty ("?watermark=").
    public static string? Query(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    public static async Task WriteAsync(this HttpResponse response, DirectLineResponse result)
    {
        response.StatusCode = result.StatusCode;
        if (result.RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (result.Body is { } body)
        {
            response.ContentType = DirectLineResponse.ContentType;
            await response.WriteAsync(body, response.HttpContext.RequestAborted);
        }
    }
}
