using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Coverage;

/// <summary>The serializer settings of NewsBot's public answer shape (camelCase, nulls left out).</summary>
public static class AnswerJson
{
    /// <summary>Settings for <see cref="Answer"/> and the records it holds.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One answer as one line of JSON.</summary>
    public static string Serialize(Answer answer) => JsonSerializer.Serialize(answer, Options);

    /// <summary>An answer as a JSON element, to carry inside another document (an activity's value).</summary>
    public static JsonElement ToElement(Answer answer) => JsonSerializer.SerializeToElement(answer, Options);
}
