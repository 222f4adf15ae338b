namespace NewsBot.Protocol.Authentication;

/// <summary>How an inbound request was authenticated.</summary>
public enum AuthenticationSource
{
    /// <summary>Not authenticated: the request was rejected.</summary>
    None,

    /// <summary>No token, accepted because no MicrosoftAppId is configured.</summary>
    Anonymous,

    /// <summary>A Bot Connector channel token (Teams, Azure Direct Line, ...).</summary>
    Channel,

    /// <summary>A token the Emulator obtained with the bot's own credentials.</summary>
    Emulator,

    /// <summary>A channel hosted in this process (the self-hosted Direct Line) authorised the client with its own token.</summary>
    HostedChannel,
}
