using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Authentication;

/// <summary>
/// Checks the <c>Authorization</c> header of an inbound activity the way Bot Framework channels expect:
/// anonymous when no app id is configured, otherwise a channel token (issuer, audience, lifetime, signature,
/// serviceurl claim, endorsements) or an Emulator token (issuer, lifetime, signature, appid/azp).
/// Expected failures come back as a result, not an exception.
/// </summary>
public sealed class ChannelAuthenticator
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly OpenIdKeySource _channelKeys;
    private readonly OpenIdKeySource _emulatorKeys;
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Creates the authenticator; <paramref name="httpClient"/> fetches OpenID metadata and keys.</summary>
    public ChannelAuthenticator(HttpClient httpClient, IOptions<BotAuthenticationOptions> options, TimeProvider timeProvider, ILogger<ChannelAuthenticator> logger)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _channelKeys = new OpenIdKeySource(httpClient, _options.ChannelOpenIdMetadataUrl, _options.SigningKeyRefreshInterval, timeProvider, logger);
        _emulatorKeys = new OpenIdKeySource(httpClient, _options.EmulatorOpenIdMetadataUrl, _options.SigningKeyRefreshInterval, timeProvider, logger);
    }

    /// <summary>Authenticates the request that carried <paramref name="activity"/>.</summary>
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.IsAuthenticationDisabled
                ? AuthenticationResult.Anonymous()
                : AuthenticationResult.Unauthorized("No Authorization header: this bot has a MicrosoftAppId, so requests must carry a Bearer token.");
        }

        if (BearerToken(authorizationHeader) is not { } token)
        {
            return AuthenticationResult.Unauthorized("The Authorization header is not a Bearer token.");
        }

        if (_options.IsAuthenticationDisabled)
        {
            return AuthenticationResult.Unauthorized(
                "A token was sent, but this bot has no MicrosoftAppId to check it against: configure the bot's credentials, or clear them in the Emulator too.");
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Unauthorized("The bearer token is not a well-formed JWT.");
        }

        var tenantId = jwt.TryGetPayloadValue<string>(ClaimNames.TenantId, out var tid) ? tid : null;
        return EmulatorIssuers.Contains(jwt.Issuer, tenantId)
            ? await AuthenticateEmulatorAsync(token, jwt, tenantId, activity, cancellationToken)
            : await AuthenticateChannelAsync(token, jwt, activity, cancellationToken);
    }

    private async Task<AuthenticationResult> AuthenticateChannelAsync(string token, JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        var parameters = Parameters([_options.ChannelIssuer], validateAudience: true);
        var (identity, failure) = await ValidateAsync(token, jwt, _channelKeys, parameters, activity.ChannelId, cancellationToken);
        if (identity is null)
        {
            return failure!;
        }

        var claimed = identity.FindFirst(ClaimNames.ServiceUrl)?.Value;
        if (string.IsNullOrEmpty(claimed))
        {
            return AuthenticationResult.Forbidden("The channel token has no serviceurl claim.");
        }

        if (!string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Forbidden($"The token's serviceurl claim '{claimed}' does not match the activity's serviceUrl '{activity.ServiceUrl}'.");
        }

        return new AuthenticationResult
        {
            Succeeded = true, StatusCode = 200, Source = AuthenticationSource.Channel, Identity = identity, VerifiedServiceUrl = activity.ServiceUrl,
        };
    }

    private async Task<AuthenticationResult> AuthenticateEmulatorAsync(string token, JsonWebToken jwt, string? tenantId, Activity activity, CancellationToken cancellationToken)
    {
        // As the SDK does: the Emulator's audience is not checked; the app id claim binds the token to this bot.
        var parameters = Parameters(EmulatorIssuers.For(tenantId), validateAudience: false);
        var (identity, failure) = await ValidateAsync(token, jwt, _emulatorKeys, parameters, activity.ChannelId, cancellationToken);
        if (identity is null)
        {
            return failure!;
        }

        var version = identity.FindFirst(ClaimNames.Version)?.Value;
        var appIdClaim = version switch
        {
            null or "" or "1.0" => ClaimNames.AppId,
            "2.0" => ClaimNames.AuthorizedParty,
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthenticationResult.Unauthorized($"The Emulator token has unknown version '{version}'.");
        }

        if (!string.Equals(identity.FindFirst(appIdClaim)?.Value, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Unauthorized($"The Emulator token's {appIdClaim} claim is not this bot's MicrosoftAppId.");
        }

        return new AuthenticationResult { Succeeded = true, StatusCode = 200, Source = AuthenticationSource.Emulator, Identity = identity };
    }

    private async Task<(ClaimsIdentity? Identity, AuthenticationResult? Failure)> ValidateAsync(
        string token, JsonWebToken jwt, OpenIdKeySource keys, TokenValidationParameters parameters, string? channelId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return (null, AuthenticationResult.Unauthorized("The token names no signing key (kid)."));
        }

        if (await keys.FindAsync(jwt.Kid, cancellationToken) is not { } key)
        {
            return (null, AuthenticationResult.Unauthorized($"The token is signed by unknown key '{jwt.Kid}'."));
        }

        parameters.IssuerSigningKey = key.Key;
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return (null, AuthenticationResult.Unauthorized(TokenFailures.Describe(result.Exception)));
        }

        if (key.Endorsements.Count > 0 && !string.IsNullOrEmpty(channelId) && !key.Endorsements.Contains(channelId, StringComparer.Ordinal))
        {
            return (null, AuthenticationResult.Forbidden($"The signing key is not endorsed for channel '{channelId}'."));
        }

        return (result.ClaimsIdentity, null);
    }

    private TokenValidationParameters Parameters(string[] issuers, bool validateAudience) => new()
    {
        ValidIssuers = issuers,
        ValidateAudience = validateAudience,
        ValidAudience = _options.MicrosoftAppId,
        IgnoreCaseWhenValidatingAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
        LifetimeValidator = TokenLifetime.Validator(_timeProvider, _options.ClockSkew),
    };

    private static string? BearerToken(string header)
    {
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : null;
    }
}
