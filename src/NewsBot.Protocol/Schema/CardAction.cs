using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>A button: on a card or among suggested actions.</summary>
public sealed record CardAction
{
    /// <summary><c>imBack</c>, <c>postBack</c>, <c>messageBack</c>, <c>openUrl</c>, ...</summary>
    public string? Type { get; init; }

    /// <summary>The button caption.</summary>
    public string? Title { get; init; }

    /// <summary>Icon URL.</summary>
    public string? Image { get; init; }

    /// <summary>Alternative text of <see cref="Image"/>.</summary>
    public string? ImageAltText { get; init; }

    /// <summary>Text sent by a <c>messageBack</c>.</summary>
    public string? Text { get; init; }

    /// <summary>Text shown in the feed for a <c>messageBack</c>.</summary>
    public string? DisplayText { get; init; }

    /// <summary>What the action sends or opens.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Channel-specific data.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Fields this type does not model, written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>A button that sends <paramref name="text"/> as the user's message. Title and value are the same, as Web Chat sends the value.</summary>
    public static CardAction ImBack(string text) =>
        new() { Type = "imBack", Title = text, Value = JsonSerializer.SerializeToElement(text) };

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static CardAction OpenUrl(string title, string url) =>
        new() { Type = "openUrl", Title = title, Value = JsonSerializer.SerializeToElement(url) };
}
