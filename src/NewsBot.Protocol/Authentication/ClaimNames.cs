namespace NewsBot.Protocol.Authentication;

/// <summary>Claim types Bot Framework tokens carry, as they appear in the JWT.</summary>
public static class ClaimNames
{
    /// <summary>The Connector base URL a channel token is valid for.</summary>
    public const string ServiceUrl = "serviceurl";
    /// <summary>The client app id of a v1 token.</summary>
    public const string AppId = "appid";
    /// <summary>The client app id of a v2 token.</summary>
    public const string AuthorizedParty = "azp";
    /// <summary>The token version, <c>1.0</c> or <c>2.0</c>.</summary>
    public const string Version = "ver";
    /// <summary>The tenant that issued the token.</summary>
    public const string TenantId = "tid";
}
