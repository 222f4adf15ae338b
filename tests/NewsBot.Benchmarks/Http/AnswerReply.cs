using System.Text.Json;

namespace NewsBot.Benchmarks.Http;

// Recognises the bot's answer among the activities of a reply: a message whose value is the answer object
// (application/vnd.newsbot.answer+json, whatever its status: answered, ambiguous or notFound) for the question asked.
internal static class AnswerReply
{
    public const string ValueType = "application/vnd.newsbot.answer+json";

    public static bool IsMessage(JsonElement activity) =>
        activity.TryGetProperty("type", out var type) && type.ValueEquals("message");

    public static bool Answers(JsonElement activity, string question) =>
        IsMessage(activity)
        && activity.TryGetProperty("valueType", out var valueType) && valueType.ValueEquals(ValueType)
        && activity.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("question", out var asked) && asked.ValueEquals(question.Trim());
}
