namespace NewsBot.Protocol.Authentication;

/// <summary>
/// Bot Framework credentials and endpoints, bound from configuration with the Bot Framework key names.
/// An empty <see cref="MicrosoftAppId"/> means local, anonymous mode (Emulator without credentials).
/// Check with <see cref="Validate"/> (or <see cref="BotAuthenticationOptionsValidator"/> and ValidateOnStart).
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The bot's Entra app (client) id; empty disables authentication.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret. Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>The app's tenant; required for SingleTenant.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata whose <c>jwks_uri</c> lists the channels' signing keys.</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata whose <c>jwks_uri</c> lists the Entra keys that sign Emulator tokens.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>The <c>iss</c> of channel tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>OAuth2 token endpoint; <c>{tenant}</c> becomes <c>botframework.com</c> or <see cref="MicrosoftAppTenantId"/>.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>Scope of the bot's outbound token.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>App Service identity endpoint for UserAssignedMSI; defaults to the <c>IDENTITY_ENDPOINT</c> variable.</summary>
    public string? ManagedIdentityEndpoint { get; set; }

    /// <summary>
    /// Hosts, besides loopback ones, that the bot may reply to when running without <see cref="MicrosoftAppId"/>
    /// (e.g. a tunnel or a self-hosted Direct Line). Host names only, no scheme or port.
    /// </summary>
    public IList<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>Tolerance on token lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are used before they are fetched again.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>True when no app id is configured: requests are accepted without tokens and replies carry none.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant tokens are requested from.</summary>
    public string TokenTenant =>
        MicrosoftAppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? MicrosoftAppTenantId
            : "botframework.com";

    /// <summary>Every configuration problem, each a sentence naming the key; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate() => BotAuthenticationOptionsRules.Check(this);
}
