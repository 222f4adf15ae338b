using System.Text;
using NewsBot.Coverage;
using NewsBot.Dialogs.Rendering;

namespace NewsBot.Dialogs.Replies;

// The reply to a question, for each status the engine can give. Outlet is the filter the answer was restricted to.
internal sealed class AnswerReplies(ConversationOptions options)
{
    private const int Quotes = 3;

    public Reply For(Answer answer, string? outlet, IReadOnlyList<SourceArticle> sources) => answer.Status switch
    {
        AnswerStatus.Answered => Answered(answer, outlet),
        AnswerStatus.Ambiguous => Ambiguous(answer),
        _ => NotFound(answer, outlet, sources),
    };

    public Reply Answered(Answer answer, string? outlet)
    {
        var citations = new CitationList();
        var text = new StringBuilder();
        var shortAnswer = ShortAnswer.Of(answer);
        var dates = shortAnswer.OtherDates;
        if (ShortAnswer.IsSentence(answer))
        {
            dates = answer.Dates;
        }
        else
        {
            text.Append("**").Append(Markdown.Escape(shortAnswer.Text)).Append("**\n\n");
        }

        var quoted = answer.Citations.GroupBy(c => c.Sentence, StringComparer.Ordinal).Take(Quotes).ToList();
        foreach (var group in quoted)
        {
            text.Append("> ").Append(Markdown.Quote(group.Key)).Append(" — ").Append(string.Join(", ", group.Select(citations.Named))).Append("\n\n");
        }

        var others = answer.Citations.Except(quoted.SelectMany(g => g)).ToList();
        if (others.Count > 0)
        {
            text.Append("Also reported by ").Append(string.Join(", ", others.Select(citations.Named))).Append(".\n\n");
        }

        if (dates.Count > 0)
        {
            text.Append("Dates: ").Append(Markdown.Escape(string.Join("; ", dates.Select(d => d.Display)))).Append(".\n\n");
        }

        foreach (var disagreement in answer.Disagreements)
        {
            text.Append("**Sources differ** on ").Append(Markdown.Escape(disagreement.About)).Append(": ")
                .Append(string.Join("; ", disagreement.Versions.Select(v => $"{Markdown.Escape(v.Value)} — {string.Join(", ", v.Citations.Select(citations.Named))}")))
                .Append(".\n\n");
        }

        if (outlet is not null)
        {
            text.Append("_Only from ").Append(Markdown.Escape(outlet)).Append(". Say **all outlets** to search every outlet._\n\n");
        }

        var hasMore = MoreClaims.Remaining(answer, 1, options.MoreMinimumConfidence);
        List<string> followUps = hasMore ? [FollowUps.WhoSaidThat, FollowUps.More] : [FollowUps.WhoSaidThat];
        var card = options.AnswerCards ? AnswerCard.Build(answer, citations, followUps) : (System.Text.Json.JsonElement?)null;
        if (outlet is not null)
        {
            followUps.Add(FollowUps.AllOutlets);
        }

        return new Reply(text.ToString().TrimEnd())
        {
            Citations = citations.Items,
            Card = card,
            Suggestions = followUps,
            Payload = Payload.Of(answer),
        };
    }

    public static Reply Ambiguous(Answer answer)
    {
        var citations = new CitationList();
        var text = new StringBuilder();
        text.Append("I'm not sure which of these you mean by ").Append(Markdown.Quote(answer.Question)).Append(":\n\n");
        ClaimLines.Append(text, DidYouMean.Candidates(answer), citations, numbered: true);
        text.Append("\nPick one, or reply with its number.");
        return new Reply(text.ToString()) { Citations = citations.Items, Suggestions = DidYouMean.Labels(answer), Payload = Payload.Of(answer) };
    }

    public static Reply NotFound(Answer answer, string? outlet, IReadOnlyList<SourceArticle> sources)
    {
        var text = new StringBuilder();
        text.Append("I couldn't find an answer to ").Append(Markdown.Quote(answer.Question));
        text.Append(outlet is null ? " in the coverage." : $" in what {Markdown.Escape(outlet)} published.");
        var headlines = sources.DistinctBy(s => s.Title, StringComparer.OrdinalIgnoreCase).TakeLast(3).ToList();
        if (headlines.Count > 0)
        {
            text.Append("\n\nThe articles I have are about:\n\n");
            foreach (var source in headlines)
            {
                text.Append("- *").Append(Markdown.Escape(source.Title)).Append("* (").Append(Markdown.Escape(source.Outlet)).Append(")\n");
            }

            text.Append("\nTry **What's the story?** for the main facts, or ask about something in those headlines.");
        }

        if (outlet is not null)
        {
            text.Append("\n\nI only looked at ").Append(Markdown.Escape(outlet)).Append("; say **all outlets** to search every outlet.");
        }

        IReadOnlyList<string> suggestions = outlet is null ? FollowUps.Start : [FollowUps.AllOutlets, FollowUps.Story, FollowUps.Help];
        return new Reply(text.ToString()) { Suggestions = suggestions, Payload = Payload.Of(answer) };
    }
}
