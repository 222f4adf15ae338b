namespace NewsBot.Protocol.DirectLine;

/// <summary>What a Direct Line token says: one conversation, optionally its user, what it may be used for, and until when.</summary>
internal sealed record TokenClaims(string ConversationId, string? UserId, string? UserName, TokenPurpose Purpose, DateTimeOffset ExpiresAt);

/// <summary>A conversation token authorises REST calls; a stream token only opens that conversation's WebSocket.</summary>
internal enum TokenPurpose
{
    Conversation,
    Stream,
}

internal enum TokenStatus
{
    Valid,
    Expired,
    Invalid,
}

internal sealed record TokenCheck(TokenStatus Status, TokenClaims? Claims);
