using System.Text.Json.Serialization;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.DirectLine;

/// <summary>The body of tokens/generate, tokens/refresh, POST and GET conversations, and the page's token endpoint.</summary>
internal sealed record ConversationBody(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null,
    string? UserId = null);

/// <summary>The optional body of tokens/generate and POST conversations: <c>{"user":{"id","name"},"locale"}</c>.</summary>
internal sealed record StartBody(ChannelAccount? User, string? Locale);
