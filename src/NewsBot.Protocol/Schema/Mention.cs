namespace NewsBot.Protocol.Schema;

/// <summary>The <c>mention</c> entity: who was mentioned and the text that mentions them.</summary>
public sealed record Mention
{
    /// <summary>The entity type this shape is read from and written as.</summary>
    public const string EntityType = "mention";

    /// <summary>Always <see cref="EntityType"/>.</summary>
    public string Type { get; init; } = EntityType;

    /// <summary>Who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>The exact text of the mention in <c>activity.text</c>, e.g. <c>&lt;at&gt;NewsBot&lt;/at&gt;</c>. Teams may leave it null.</summary>
    public string? Text { get; init; }
}
