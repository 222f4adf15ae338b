using NewsBot.Coverage;

namespace NewsBot.Dialogs.Rendering;

// The short answer as people should read it: a relative date in it shown with the date it means ("Thursday" →
// "Thursday (Thursday, 30 December 2021)"); dates resolved elsewhere in the sentence are listed separately.
internal sealed record ShortAnswer(string Text, IReadOnlyList<ResolvedDate> OtherDates)
{
    public static ShortAnswer Of(Answer answer)
    {
        var text = answer.Text ?? answer.Sentence ?? string.Empty;
        var others = new List<ResolvedDate>();
        foreach (var date in answer.Dates)
        {
            var at = text.IndexOf(date.Phrase, StringComparison.Ordinal);
            if (at >= 0 && !text.Contains(date.Display, StringComparison.Ordinal))
            {
                text = string.Concat(text.AsSpan(0, at), date.Display, text.AsSpan(at + date.Phrase.Length));
            }
            else if (at < 0)
            {
                others.Add(date);
            }
        }

        return new ShortAnswer(text, others);
    }

    // Whether the short answer is just the whole sentence again (no shorter answer could be cut).
    public static bool IsSentence(Answer answer) =>
        answer.Text is null || string.Equals(answer.Text.Trim(), answer.Sentence?.Trim(), StringComparison.Ordinal);
}
