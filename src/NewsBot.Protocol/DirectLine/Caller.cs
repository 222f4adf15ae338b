namespace NewsBot.Protocol.DirectLine;

/// <summary>Who made a Direct Line call: the secret holder (any conversation) or a token's bearer (its one conversation).</summary>
internal sealed record Caller(TokenClaims? Token, string Credential)
{
    public bool IsSecret => Token is null;

    public bool MayUse(string conversationId) => Token is null || Token.ConversationId == conversationId;
}
