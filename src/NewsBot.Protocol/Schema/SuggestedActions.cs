namespace NewsBot.Protocol.Schema;

/// <summary>Buttons shown under a message until the user answers.</summary>
public sealed record SuggestedActions
{
    /// <summary>Ids of the recipients who see the actions; empty means everyone.</summary>
    public IList<string>? To { get; init; }

    /// <summary>The buttons. Teams shows at most three.</summary>
    public IList<CardAction>? Actions { get; init; }
}
