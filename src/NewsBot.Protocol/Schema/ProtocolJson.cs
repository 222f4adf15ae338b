using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>The JSON conventions of the Bot Framework wire format.</summary>
public static class ProtocolJson
{
    /// <summary>
    /// camelCase names, nulls and empty collections left out (spec A2100, A3050), UTC times written with <c>Z</c>,
    /// names read case-insensitively. Read-only; use it for every activity and Connector body.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { EmptyCollectionOmission.Apply } },
        };
        options.Converters.Add(new TimestampConverter());
        options.MakeReadOnly();
        return options;
    }
}
