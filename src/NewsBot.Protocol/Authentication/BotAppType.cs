namespace NewsBot.Protocol.Authentication;

/// <summary>How the bot's Entra app is registered (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Multi-tenant app: tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>Single-tenant app: tokens come from <c>MicrosoftAppTenantId</c>.</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity: tokens come from the App Service identity endpoint; no password.</summary>
    UserAssignedMSI,
}
