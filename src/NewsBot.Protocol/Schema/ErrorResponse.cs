namespace NewsBot.Protocol.Schema;

/// <summary>The error body of the Bot Connector and Direct Line APIs: <c>{"error":{"code","message"}}</c>.</summary>
/// <param name="Error">What went wrong.</param>
public sealed record ErrorResponse(Error Error)
{
    /// <summary>Shorthand for <c>new ErrorResponse(new Error(code, message))</c>.</summary>
    public static ErrorResponse Create(string code, string message) => new(new Error(code, message));
}

/// <summary>An error code (stable) and message (for people).</summary>
/// <param name="Code">Stable code, e.g. <c>BadArgument</c> or <c>Unauthorized</c>.</param>
/// <param name="Message">Human-readable explanation.</param>
public sealed record Error(string? Code, string? Message);
