using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>Channel-specific id, e.g. <c>19:...@thread.v2</c> or <c>&lt;uuid&gt;|livechat</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Display name, when the channel has one.</summary>
    public string? Name { get; init; }

    /// <summary>Whether more than two participants take part.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>Tenant of the conversation (Teams).</summary>
    public string? TenantId { get; init; }

    /// <summary>Entra object id, on channels that know it.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Role, rarely set.</summary>
    public string? Role { get; init; }

    /// <summary>Fields this type does not model, written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
