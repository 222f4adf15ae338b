using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>A participant: a user, the bot, or a skill.</summary>
public sealed record ChannelAccount
{
    /// <summary>Channel-specific id (Teams: <c>29:...</c> users, <c>28:&lt;appId&gt;</c> bots).</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Entra object id, on channels that know it.</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c>, <c>bot</c> or <c>skill</c>; see <see cref="RoleTypes"/>.</summary>
    public string? Role { get; init; }

    /// <summary>Fields this type does not model, written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
