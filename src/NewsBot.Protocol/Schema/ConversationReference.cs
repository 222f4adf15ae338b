namespace NewsBot.Protocol.Schema;

/// <summary>Where a conversation lives: enough to reply to it later (proactive messages).</summary>
public sealed record ConversationReference
{
    /// <summary>The activity to reply to, when there is one worth threading under.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The user.</summary>
    public ChannelAccount? User { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Base URL of the channel's Connector API.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The user's locale.</summary>
    public string? Locale { get; init; }
}
