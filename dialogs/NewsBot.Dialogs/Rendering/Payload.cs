using System.Text.Json;
using NewsBot.Coverage;

namespace NewsBot.Dialogs.Rendering;

// What a reply carries in activity.value for clients that do not read text, with its activity.valueType.
internal sealed record Payload(string ValueType, JsonElement Value)
{
    public const string AnswerType = "application/vnd.newsbot.answer+json";
    public const string ClaimsType = "application/vnd.newsbot.claims+json";
    public const string SourcesType = "application/vnd.newsbot.sources+json";

    public static Payload Of(Answer answer) => new(AnswerType, AnswerJson.ToElement(answer));

    public static Payload Of(string? question, IReadOnlyList<Claim> claims) =>
        new(ClaimsType, JsonSerializer.SerializeToElement(new ClaimsValue(question, claims), AnswerJson.Options));

    public static Payload Of(IReadOnlyList<SourceArticle> sources) =>
        new(SourcesType, JsonSerializer.SerializeToElement(new SourcesValue(sources), AnswerJson.Options));

    private sealed record ClaimsValue(string? Question, IReadOnlyList<Claim> Claims);

    private sealed record SourcesValue(IReadOnlyList<SourceArticle> Sources);
}
