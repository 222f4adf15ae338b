using NewsBot.Coverage;

namespace NewsBot.Dialogs.Replies;

// The next page of "more": the next claims of the last answer, past the ones already shown, skipping those the engine
// is not confident of. Shown is an index into Answer.Claims.
internal sealed record MoreClaims(IReadOnlyList<Claim> Claims, int Shown, bool HasMore)
{
    public static MoreClaims Next(Answer answer, int shown, int count, int minimumConfidence)
    {
        var page = new List<Claim>();
        var index = Math.Max(0, shown);
        for (; index < answer.Claims.Count && page.Count < count; index++)
        {
            if (answer.Claims[index].Confidence >= minimumConfidence)
            {
                page.Add(answer.Claims[index]);
            }
        }

        return new MoreClaims(page, index, Remaining(answer, index, minimumConfidence));
    }

    public static bool Remaining(Answer answer, int shown, int minimumConfidence) =>
        answer.Status == AnswerStatus.Answered && answer.Claims.Skip(shown).Any(c => c.Confidence >= minimumConfidence);
}
