using System.Globalization;
using System.Text;
using NewsBot.Coverage;

namespace NewsBot.Cli;

// An answer laid out for a person at a terminal.
internal static class AnswerText
{
    public static string Format(Answer answer)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Q: {answer.Question}");
        switch (answer.Status)
        {
            case AnswerStatus.Answered:
                var dates = answer.Dates.Count > 0 ? " — " + string.Join("; ", answer.Dates.Select(d => d.Display)) : "";
                text.AppendLine(CultureInfo.InvariantCulture, $"A: {answer.Text}{dates}   (confidence {answer.Confidence})");
                if (!string.Equals(answer.Text, answer.Sentence, StringComparison.Ordinal))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"   \"{answer.Sentence}\"");
                }

                text.AppendLine("Sources:");
                for (var i = 0; i < answer.Citations.Count; i++)
                {
                    var c = answer.Citations[i];
                    text.AppendLine(CultureInfo.InvariantCulture, $"  [{i + 1}] {c.Outlet}, \"{c.Title}\"{Date(c.Published)} ({c.Source})");
                    text.AppendLine(CultureInfo.InvariantCulture, $"      \"{c.Sentence}\"");
                }

                foreach (var disagreement in answer.Disagreements)
                {
                    text.AppendLine("Outlets differ:");
                    foreach (var version in disagreement.Versions)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"  {version.Value}: {string.Join(", ", version.Citations.Select(c => c.Outlet).Distinct())}");
                    }
                }

                break;
            case AnswerStatus.Ambiguous:
                text.AppendLine(CultureInfo.InvariantCulture, $"A: I'm not sure (confidence {answer.Confidence}). Did you mean:");
                foreach (var claim in answer.Claims.Take(3))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - \"{claim.Sentence}\" ({string.Join(", ", claim.Citations.Select(c => c.Outlet).Distinct())})");
                }

                break;
            default:
                text.AppendLine(CultureInfo.InvariantCulture, $"A: The coverage doesn't say. (confidence {answer.Confidence})");
                break;
        }

        return text.ToString().TrimEnd();
    }

    private static string Date(DateOnly? published) =>
        published is { } d ? ", " + d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "";
}
