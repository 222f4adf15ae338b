namespace NewsBot.Protocol.Authentication;

/// <summary>Supplies the bot's bearer token for calls to a channel's Connector API.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token (cached until shortly before it expires).</summary>
    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}
