using System.Collections.Concurrent;

namespace NewsBot.Protocol.Connector;

/// <summary>
/// The serviceUrls a channel token has vouched for (its <c>serviceurl</c> claim matched). Only these receive the bot's
/// token. Kept in memory; a host that stores conversation references for proactive messages after a restart may
/// <see cref="Trust"/> a URL it verified the same way before.
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, bool> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Marks <paramref name="serviceUrl"/> as verified.</summary>
    public void Trust(string serviceUrl) => _trusted[Normalize(serviceUrl)] = true;

    /// <summary>Whether <paramref name="serviceUrl"/> was verified (a trailing '/' does not matter).</summary>
    public bool IsTrusted(string? serviceUrl) => serviceUrl is not null && _trusted.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
