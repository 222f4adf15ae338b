using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace NewsBot.Protocol.Schema;

/// <summary>Leaves out collection-valued properties that are empty, unless marked <see cref="SerializeWhenEmptyAttribute"/>.</summary>
internal static class EmptyCollectionOmission
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.IsExtensionData || !IsCollection(property.PropertyType) || KeepsEmpty(property))
            {
                continue;
            }

            // Replacing ShouldSerialize also replaces the null check of DefaultIgnoreCondition, so keep it here.
            property.ShouldSerialize = static (_, value) => value is not (null or ICollection { Count: 0 });
        }
    }

    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool KeepsEmpty(JsonPropertyInfo property) =>
        property.AttributeProvider?.IsDefined(typeof(SerializeWhenEmptyAttribute), inherit: true) == true;
}
