using System.Text.Json;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol;

/// <summary>
/// What the HTTP endpoint answers for one inbound activity: a status and, when not null, a JSON body
/// (content type <see cref="ContentType"/>).
/// </summary>
/// <param name="StatusCode">HTTP status: 200, an invoke's own status, 400, 401, 403 or 501.</param>
/// <param name="Body">JSON text, or null for an empty body.</param>
public sealed record AdapterResponse(int StatusCode, string? Body)
{
    /// <summary>The content type of <see cref="Body"/>.</summary>
    public const string ContentType = "application/json";

    internal static AdapterResponse Ok() => new(200, null);

    internal static AdapterResponse Json(int statusCode, object? body) =>
        new(statusCode, body is null ? null : JsonSerializer.Serialize(body, body.GetType(), ProtocolJson.Options));

    internal static AdapterResponse Error(int statusCode, string code, string message) =>
        Json(statusCode, ErrorResponse.Create(code, message));

    internal static AdapterResponse BadRequest(string message) => Error(400, "BadArgument", message);
}
