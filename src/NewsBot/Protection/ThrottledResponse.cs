using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protection;

// The 429 the rate limiter answers, in the error shape of the Bot Connector and Direct Line APIs, with Retry-After
// (DirectLineJS gives up on a 4xx, so the header is for well-behaved custom clients and for people reading logs).
// Logged once per client address a minute, so a flood does not become a flood of log lines.
internal sealed class ThrottledResponse(TimeProvider timeProvider, ILogger<ThrottledResponse> logger)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastLogged = new(StringComparer.Ordinal);

    public async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        LogOncePerMinute(ClientAddress.Of(context.Connection.RemoteIpAddress), context.Request.Method, context.Request.Path);

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var error = ErrorResponse.Create("Throttled", $"Too many requests from this address or in this conversation; retry after {seconds} s.");
        await context.Response.WriteAsJsonAsync(error, ProtocolJson.Options, cancellationToken);
    }

    // The path only: a stream URL's query carries a token.
    private void LogOncePerMinute(string client, string method, PathString path)
    {
        var now = timeProvider.GetUtcNow();
        if (_lastLogged.TryGetValue(client, out var last) && now - last < TimeSpan.FromMinutes(1))
        {
            return;
        }

        if (_lastLogged.Count > 10_000)
        {
            _lastLogged.Clear();
        }

        _lastLogged[client] = now;
        logger.LogWarning("Throttled {Method} {Path} from {Client}; further refusals for this address are not logged for a minute", method, path, client);
    }
}
