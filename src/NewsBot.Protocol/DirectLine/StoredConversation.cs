namespace NewsBot.Protocol.DirectLine;

/// <summary>A conversation as stored: its user (when known) and the sequence number of its latest activity.</summary>
internal sealed record StoredConversation(string Id, string? UserId, string? UserName, DateTimeOffset CreatedAt, long LastSequence);

/// <summary>One stored activity: its sequence number (the watermark after it) and its JSON as clients receive it.</summary>
internal sealed record StoredActivity(long Sequence, string Json);
