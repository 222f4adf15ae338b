using System.Text.Json;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// What a Direct Line endpoint answers: a status, a JSON body (or none), and for 429 how long to wait
/// (<c>Retry-After</c>). Errors carry <c>{"error":{"code","message"}}</c>.
/// </summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Body">JSON text, or null for an empty body.</param>
/// <param name="RetryAfter">For 429: when to try again.</param>
public sealed record DirectLineResponse(int StatusCode, string? Body, TimeSpan? RetryAfter = null)
{
    /// <summary>The content type of <see cref="Body"/>.</summary>
    public const string ContentType = "application/json";

    internal static DirectLineResponse Json(int statusCode, object body) =>
        new(statusCode, JsonSerializer.Serialize(body, body.GetType(), ProtocolJson.Options));

    /// <summary>An error response with the Direct Line error body.</summary>
    public static DirectLineResponse Error(int statusCode, string code, string message, TimeSpan? retryAfter = null) =>
        new(statusCode, JsonSerializer.Serialize(ErrorResponse.Create(code, message), ProtocolJson.Options), retryAfter);

    internal static DirectLineResponse BadRequest(string message) => Error(400, "BadArgument", message);

    internal static DirectLineResponse Forbidden(string message) => Error(403, "Forbidden", message);

    internal static DirectLineResponse NotFound(string message) => Error(404, "NotFound", message);

    internal static DirectLineResponse Throttled(TimeSpan retryAfter, string message) => Error(429, "Throttled", message, retryAfter);
}
