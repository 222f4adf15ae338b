using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>A card or a piece of media. Carries <see cref="Content"/> or <see cref="ContentUrl"/>, not both.</summary>
public sealed record Attachment
{
    /// <summary>MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>Link to the content.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>Inline content, e.g. the card JSON.</summary>
    public JsonElement? Content { get; init; }

    /// <summary>File name.</summary>
    public string? Name { get; init; }

    /// <summary>Link to a thumbnail.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Fields this type does not model, written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
