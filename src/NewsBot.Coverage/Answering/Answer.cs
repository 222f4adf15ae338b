using System.Text.Json.Serialization;

namespace NewsBot.Coverage;

/// <summary>
/// NewsBot's public answer: what the coverage says about a question, with every outlet that said it.
/// Serialised as-is (camelCase) by <c>ask --json</c> and carried in every bot reply.
/// </summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Status">Whether the coverage answers it, is unsure between claims, or does not say.</param>
/// <param name="Text">The short answer ("January 10") or, when none can be cut, the supporting sentence; null when not found.</param>
/// <param name="Confidence">0–100; answers below the configured threshold become <see cref="AnswerStatus.NotFound"/>.</param>
/// <param name="Sentence">The supporting sentence, verbatim as the first cited outlet printed it.</param>
/// <param name="Citations">Every outlet whose article states the top claim, each with the exact sentence it printed.</param>
/// <param name="Disagreements">Facts for which outlets give different values, each value with its outlets.</param>
/// <param name="Dates">Relative dates in the supporting sentence resolved against the article's date.</param>
/// <param name="Claims">The distinct claims found, best first (the top claim is the first); used for "more" and "did you mean".</param>
public sealed record Answer(
    string Question,
    AnswerStatus Status,
    [property: JsonPropertyName("answer")] string? Text,
    int Confidence,
    string? Sentence,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<ResolvedDate> Dates,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>An honest "the coverage does not say".</summary>
    public static Answer NotFound(string question, int confidence = 0, IReadOnlyList<Claim>? near = null) =>
        new(question, AnswerStatus.NotFound, null, confidence, null, [], [], [], near ?? []);
}

/// <summary>Whether the coverage answers a question.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerStatus>))]
public enum AnswerStatus
{
    /// <summary>One claim stands out and is supported well enough.</summary>
    [JsonStringEnumMemberName("answered")] Answered,

    /// <summary>Several claims are about equally likely; offer them as "did you mean".</summary>
    [JsonStringEnumMemberName("ambiguous")] Ambiguous,

    /// <summary>The coverage does not say.</summary>
    [JsonStringEnumMemberName("notFound")] NotFound,
}
