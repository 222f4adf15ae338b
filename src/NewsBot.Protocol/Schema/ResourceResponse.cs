namespace NewsBot.Protocol.Schema;

/// <summary>The channel's answer to a send or update: the id it gave the activity, when it gives one.</summary>
/// <param name="Id">The activity id, or null when the channel returned none (or the activity was buffered or dropped).</param>
public sealed record ResourceResponse(string? Id);
