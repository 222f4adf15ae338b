using System.Security.Claims;

namespace NewsBot.Protocol.Authentication;

/// <summary>
/// The outcome of checking an inbound request. Failures carry 401 (no or invalid token) or 403 (a valid token that
/// does not cover this activity: serviceUrl or endorsement mismatch) and a reason safe to log and return.
/// </summary>
public sealed record AuthenticationResult
{
    /// <summary>Whether the request may be processed.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>200 on success, else 401 or 403.</summary>
    public required int StatusCode { get; init; }

    /// <summary>Why it failed; null on success.</summary>
    public string? Reason { get; init; }

    /// <summary>How the request was authenticated.</summary>
    public AuthenticationSource Source { get; init; }

    /// <summary>The token's claims; null when anonymous or failed.</summary>
    public ClaimsIdentity? Identity { get; init; }

    /// <summary>The activity's serviceUrl when a channel token vouched for it (its <c>serviceurl</c> claim matched); only such URLs receive the bot's token.</summary>
    public string? VerifiedServiceUrl { get; init; }

    internal static AuthenticationResult Anonymous() => new() { Succeeded = true, StatusCode = 200, Source = AuthenticationSource.Anonymous };

    internal static AuthenticationResult Hosted() => new() { Succeeded = true, StatusCode = 200, Source = AuthenticationSource.HostedChannel };

    internal static AuthenticationResult Unauthorized(string reason) => new() { Succeeded = false, StatusCode = 401, Reason = reason };

    internal static AuthenticationResult Forbidden(string reason) => new() { Succeeded = false, StatusCode = 403, Reason = reason };
}
