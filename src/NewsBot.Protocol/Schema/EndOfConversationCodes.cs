namespace NewsBot.Protocol.Schema;

/// <summary>Values of <c>activity.code</c> on <c>endOfConversation</c>.</summary>
public static class EndOfConversationCodes
{
    /// <summary>No reason given.</summary>
    public const string Unknown = "unknown";
    /// <summary>The conversation reached its end.</summary>
    public const string CompletedSuccessfully = "completedSuccessfully";
    /// <summary>The user cancelled.</summary>
    public const string UserCancelled = "userCancelled";
    /// <summary>The bot took too long.</summary>
    public const string BotTimedOut = "botTimedOut";
    /// <summary>The bot sent something invalid.</summary>
    public const string BotIssuedInvalidMessage = "botIssuedInvalidMessage";
    /// <summary>The channel failed.</summary>
    public const string ChannelFailed = "channelFailed";
}
