using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.Extensions.Options;
using NewsBot.Protocol.Authentication;

namespace NewsBot.Protocol.Connector;

/// <summary>
/// Which serviceUrls the bot may call. Every one must be an absolute http(s) URL. Without a MicrosoftAppId nobody is
/// authenticated, so only loopback hosts (localhost, 127.0.0.0/8, ::1) and <c>AllowedServiceUrlHosts</c> are allowed:
/// otherwise anyone could make the bot POST to any address.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotAuthenticationOptions> options)
{
    private readonly BotAuthenticationOptions _options = options.Value;

    /// <summary>Whether the bot may call <paramref name="serviceUrl"/>; otherwise <paramref name="reason"/> says why.</summary>
    public bool IsAllowed(string? serviceUrl, [NotNullWhen(false)] out string? reason)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            reason = $"The serviceUrl '{serviceUrl}' is not an absolute http(s) URL.";
            return false;
        }

        if (!_options.IsAuthenticationDisabled || IsLoopback(uri) || _options.AllowedServiceUrlHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            reason = null;
            return true;
        }

        reason = $"Without a MicrosoftAppId the bot only replies to loopback service URLs (localhost, 127.0.0.0/8, ::1) "
            + $"or hosts listed in AllowedServiceUrlHosts; '{uri.IdnHost}' is neither.";
        return false;
    }

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
