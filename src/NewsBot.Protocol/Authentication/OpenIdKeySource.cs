using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Protocol.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata document: fetched on first use, again after the refresh interval,
/// and again when a token names an unknown key id (at most once per <see cref="UnknownKeyRefetchInterval"/>, so
/// made-up key ids cannot make the bot hammer the metadata endpoint).
/// </summary>
internal sealed class OpenIdKeySource(HttpClient httpClient, string metadataUrl, TimeSpan refreshInterval, TimeProvider timeProvider, ILogger logger)
{
    public static readonly TimeSpan UnknownKeyRefetchInterval = TimeSpan.FromMinutes(5);

    private readonly SingleFlight<KeySet> _fetch = new();
    private volatile KeySet? _keySet;

    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keySet = _keySet;
        if (keySet is null || Age(keySet) >= refreshInterval)
        {
            keySet = await _fetch.RunAsync(RefreshAsync, cancellationToken);
        }

        if (keySet.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        if (Age(keySet) < UnknownKeyRefetchInterval)
        {
            return null;
        }

        logger.LogInformation("Token signed with unknown key id {KeyId}; fetching the keys of {MetadataUrl} again.", keyId, metadataUrl);
        keySet = await _fetch.RunAsync(RefreshAsync, cancellationToken);
        return keySet.Keys.GetValueOrDefault(keyId);
    }

    private TimeSpan Age(KeySet keySet) => timeProvider.GetUtcNow() - keySet.FetchedAt;

    private async Task<KeySet> RefreshAsync()
    {
        try
        {
            var keys = await FetchKeysAsync();
            logger.LogInformation("Fetched {Count} signing keys from {MetadataUrl}.", keys.Count, metadataUrl);
            return _keySet = new KeySet(keys, timeProvider.GetUtcNow());
        }
        catch (Exception exception) when (_keySet is { } cached)
        {
            // Keep the cached keys, and try again after the unknown-key interval rather than on every request.
            logger.LogWarning(exception, "Could not refresh signing keys from {MetadataUrl}; keeping {Count} cached keys.", metadataUrl, cached.Keys.Count);
            var retryAt = timeProvider.GetUtcNow() - refreshInterval + UnknownKeyRefetchInterval;
            return _keySet = cached with { FetchedAt = retryAt };
        }
    }

    private async Task<IReadOnlyDictionary<string, SigningKey>> FetchKeysAsync()
    {
        using var metadata = await GetJsonAsync(metadataUrl);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUri) || jwksUri.GetString() is not { Length: > 0 } jwksUrl)
        {
            throw new InvalidDataException($"The OpenID metadata at {metadataUrl} has no jwks_uri.");
        }

        using var jwks = await GetJsonAsync(jwksUrl);
        return JsonWebKeySetReader.Read(jwks.RootElement);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await httpClient.GetAsync(new Uri(url), CancellationToken.None);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(CancellationToken.None);
        return await JsonDocument.ParseAsync(body, cancellationToken: CancellationToken.None);
    }

    private sealed record KeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
