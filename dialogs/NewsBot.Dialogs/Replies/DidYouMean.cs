using NewsBot.Coverage;

namespace NewsBot.Dialogs.Replies;

// The choice offered when the engine is unsure: the first few candidate claims, each with a label that is both the
// button's text and what the recognizer matches when the button (or the label typed out) comes back.
internal static class DidYouMean
{
    public const int Choices = 3;
    private const int LabelLength = 60;

    public static IReadOnlyList<Claim> Candidates(Answer? answer) =>
        answer is { Status: AnswerStatus.Ambiguous } ? answer.Claims.Take(Choices).ToList() : [];

    public static IReadOnlyList<string> Labels(Answer? answer)
    {
        var labels = new List<string>();
        foreach (var claim in Candidates(answer))
        {
            var label = Rendering.Markdown.Shorten(claim.Text.Trim(), LabelLength);
            var unique = label;
            for (var n = 2; labels.Contains(unique, StringComparer.OrdinalIgnoreCase); n++)
            {
                unique = $"{label} ({n})";
            }

            labels.Add(unique);
        }

        return labels;
    }

    // The chosen claim as an answer of its own; the other candidates stay behind it for "more".
    public static Answer Choose(Answer ambiguous, int index)
    {
        var claim = ambiguous.Claims[index];
        IReadOnlyList<Claim> claims = [claim, .. ambiguous.Claims.Where((_, i) => i != index)];
        return new Answer(ambiguous.Question, AnswerStatus.Answered, claim.Text, claim.Confidence, claim.Sentence, claim.Citations, [], [], claims);
    }
}
