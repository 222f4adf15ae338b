using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Protocol.Authentication;

/// <summary>
/// Gets the bot's outbound token: OAuth2 client credentials against the token endpoint of <c>botframework.com</c>
/// (MultiTenant) or <c>MicrosoftAppTenantId</c> (SingleTenant), or the App Service identity endpoint (UserAssignedMSI).
/// The token is cached and renewed before it expires; concurrent callers share one fetch.
/// </summary>
public sealed class BotTokenProvider(HttpClient httpClient, IOptions<BotAuthenticationOptions> options, TimeProvider timeProvider, ILogger<BotTokenProvider> logger)
    : IBotTokenProvider
{
    private readonly BotAuthenticationOptions _options = options.Value;
    private readonly SingleFlight<AccessToken> _fetch = new();
    private volatile AccessToken? _current;

    /// <inheritdoc />
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && timeProvider.GetUtcNow() < current.RenewAt)
        {
            return current.Value;
        }

        var fetched = await _fetch.RunAsync(FetchAsync, cancellationToken);
        return fetched.Value;
    }

    private async Task<AccessToken> FetchAsync()
    {
        if (_options.IsAuthenticationDisabled)
        {
            throw new BotTokenException("No MicrosoftAppId is configured, so the bot has no token to send.");
        }

        if (_current is { } current && timeProvider.GetUtcNow() < current.RenewAt)
        {
            return current;
        }

        using var request = _options.MicrosoftAppType == BotAppType.UserAssignedMSI ? ManagedIdentityRequest() : ClientCredentialsRequest();
        using var response = await httpClient.SendAsync(request, CancellationToken.None);
        var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
        if (!response.IsSuccessStatusCode)
        {
            throw new BotTokenException(
                $"The token endpoint {request.RequestUri?.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode}: {ErrorOf(body)}. "
                + "Check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId.");
        }

        AccessToken token;
        try
        {
            using var document = JsonDocument.Parse(body);
            token = AccessToken.Read(document.RootElement, timeProvider.GetUtcNow());
        }
        catch (JsonException exception)
        {
            throw new BotTokenException("The token endpoint did not answer JSON.", exception);
        }

        logger.LogInformation("Fetched the bot token for app {AppId}; renewing after {RenewAt:u}.", _options.MicrosoftAppId, token.RenewAt);
        _current = token;
        return token;
    }

    private HttpRequestMessage ClientCredentialsRequest()
    {
        var endpoint = _options.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(_options.TokenTenant), StringComparison.Ordinal);
        return new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _options.MicrosoftAppId!,
                ["client_secret"] = _options.MicrosoftAppPassword ?? string.Empty,
                ["scope"] = _options.OAuthScope,
            }),
        };
    }

    private HttpRequestMessage ManagedIdentityRequest()
    {
        var endpoint = _options.ManagedIdentityEndpoint ?? Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT")
            ?? throw new BotTokenException("UserAssignedMSI needs ManagedIdentityEndpoint or the IDENTITY_ENDPOINT variable App Service sets.");
        var resource = _options.OAuthScope.EndsWith("/.default", StringComparison.Ordinal) ? _options.OAuthScope[..^"/.default".Length] : _options.OAuthScope;
        var query = $"api-version=2019-08-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(_options.MicrosoftAppId!)}";
        var request = new HttpRequestMessage(HttpMethod.Get, $"{endpoint}{(endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{query}");
        request.Headers.Add("X-IDENTITY-HEADER", Environment.GetEnvironmentVariable("IDENTITY_HEADER") ?? string.Empty);
        return request;
    }

    // Entra error bodies carry an error code and description, never the secret; anything else is cut short.
    private static string ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var code = root.TryGetProperty("error", out var error) ? error.ToString() : "unknown error";
            var description = root.TryGetProperty("error_description", out var text) ? text.GetString() : null;
            return description is null ? code : $"{code}: {description}";
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
