using Microsoft.Extensions.Options;
using NewsBot.Protocol.Authentication;

namespace NewsBot.Protocol.Connector;

/// <summary>
/// Creates <see cref="ConnectorClient"/>s, enforcing <see cref="ServiceUrlPolicy"/> and attaching the bot token only
/// when an app id is configured and the serviceUrl is trusted (<see cref="ServiceUrlTrust"/>).
/// </summary>
public sealed class ConnectorClientFactory(
    HttpClient httpClient, IBotTokenProvider tokenProvider, ServiceUrlPolicy policy, ServiceUrlTrust trust, IOptions<BotAuthenticationOptions> options)
{
    private readonly BotAuthenticationOptions _options = options.Value;

    /// <summary>A client for <paramref name="serviceUrl"/>.</summary>
    /// <exception cref="InvalidOperationException">The policy forbids calling <paramref name="serviceUrl"/>.</exception>
    public ConnectorClient Create(string? serviceUrl)
    {
        if (!policy.IsAllowed(serviceUrl, out var reason))
        {
            throw new InvalidOperationException(reason);
        }

        var credentials = !_options.IsAuthenticationDisabled && trust.IsTrusted(serviceUrl) ? tokenProvider : null;
        return new ConnectorClient(httpClient, serviceUrl!, credentials);
    }
}
