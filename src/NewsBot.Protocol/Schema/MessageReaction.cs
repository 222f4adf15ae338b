namespace NewsBot.Protocol.Schema;

/// <summary>A reaction on a message, e.g. <c>like</c>.</summary>
public sealed record MessageReaction
{
    /// <summary>The reaction type.</summary>
    public string? Type { get; init; }
}
