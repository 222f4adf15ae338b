using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>
/// An entry of <c>activity.entities</c>: a <see cref="Type"/> plus whatever fields that type defines,
/// kept in <see cref="Properties"/>. Read or write a typed shape with <see cref="GetAs{T}"/> and <see cref="From{T}"/>.
/// </summary>
public sealed class Entity
{
    /// <summary>The entity type, e.g. <c>mention</c>, <c>clientInfo</c> or <c>https://schema.org/Message</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Every other field of the entity.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as <typeparamref name="T"/> (e.g. <see cref="Mention"/>).</summary>
    public T? GetAs<T>() =>
        JsonSerializer.SerializeToElement(this, ProtocolJson.Options).Deserialize<T>(ProtocolJson.Options);

    /// <summary>Builds an entity from a typed shape; its <c>type</c> field becomes <see cref="Type"/>.</summary>
    public static Entity From<T>(T value) =>
        JsonSerializer.SerializeToElement(value, ProtocolJson.Options).Deserialize<Entity>(ProtocolJson.Options)
        ?? throw new ArgumentException("The value serialises to JSON null, not to an entity.", nameof(value));
}
