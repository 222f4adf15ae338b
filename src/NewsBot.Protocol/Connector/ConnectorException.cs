using System.Net;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Connector;

/// <summary>A channel's Connector API refused a call; carries its status and error body.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception from the channel's answer.</summary>
    public ConnectorException(HttpMethod method, Uri requestUri, HttpStatusCode statusCode, ErrorResponse? error, string? body)
        : base(Describe(method, requestUri, statusCode, error, body))
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>Creates the exception.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConnectorException()
    {
    }

    /// <summary>The HTTP status the channel answered.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The channel's error body, when it sent one in the standard shape.</summary>
    public ErrorResponse? Error { get; }

    private static string Describe(HttpMethod method, Uri requestUri, HttpStatusCode statusCode, ErrorResponse? error, string? body)
    {
        var detail = error?.Error is { } e ? $"{e.Code}: {e.Message}" : Truncate(body);
        return $"{method} {requestUri.GetLeftPart(UriPartial.Path)} failed with {(int)statusCode} {statusCode}"
            + (string.IsNullOrWhiteSpace(detail) ? "." : $": {detail}");
    }

    private static string? Truncate(string? body) => body is { Length: > 300 } ? body[..300] : body;
}
