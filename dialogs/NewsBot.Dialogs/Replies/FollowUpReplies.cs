using System.Text;
using NewsBot.Coverage;
using NewsBot.Dialogs.Rendering;

namespace NewsBot.Dialogs.Replies;

// "more" and "who said that?": both look back at the conversation's last answer.
internal static class FollowUpReplies
{
    public static Reply NothingYet() => new(
        "I haven't answered a question yet. Ask me something about the coverage first, or try **What's the story?**")
    {
        Suggestions = [FollowUps.Story, FollowUps.Sources],
    };

    // The last question found nothing or is still waiting for a "did you mean" choice.
    public static Reply NoAnswerToFollow(Answer answer) => answer.Status == AnswerStatus.Ambiguous
        ? new Reply($"I haven't picked an answer to {Markdown.Quote(answer.Question)} yet. Which of these did you mean?")
        {
            Suggestions = DidYouMean.Labels(answer),
            Payload = Payload.Of(answer),
        }
        : new Reply($"I didn't find an answer to {Markdown.Quote(answer.Question)}, so there is nothing more to show.")
        {
            Suggestions = FollowUps.Start,
            Payload = Payload.Of(answer),
        };

    public static Reply More(Answer answer, MoreClaims page)
    {
        if (page.Claims.Count == 0)
        {
            return new Reply($"That's all I found about {Markdown.Quote(answer.Question)}.") { Suggestions = [FollowUps.WhoSaidThat, FollowUps.Story] };
        }

        var citations = new CitationList();
        var text = new StringBuilder();
        text.Append("More on ").Append(Markdown.Quote(answer.Question)).Append(":\n\n");
        ClaimLines.Append(text, page.Claims, citations, numbered: true);
        List<string> suggestions = page.HasMore ? [FollowUps.More, FollowUps.WhoSaidThat] : [FollowUps.WhoSaidThat];
        return new Reply(text.ToString().TrimEnd())
        {
            Citations = citations.Items,
            Suggestions = suggestions,
            Payload = Payload.Of(answer.Question, page.Claims),
        };
    }

    public static Reply WhoSaidThat(Answer answer, bool hasMore)
    {
        var citations = new CitationList();
        var all = answer.Citations.Concat(answer.Disagreements.SelectMany(d => d.Versions).SelectMany(v => v.Citations)).Distinct().ToList();
        var text = new StringBuilder();
        text.Append("Sources for ").Append(Markdown.Quote(answer.Question));
        if (!ShortAnswer.IsSentence(answer))
        {
            text.Append(" (answer: **").Append(Markdown.Escape(ShortAnswer.Of(answer).Text)).Append("**)");
        }

        text.Append(":\n\n");
        for (var i = 0; i < all.Count; i++)
        {
            var c = all[i];
            text.Append(i + 1).Append(". **").Append(Markdown.Escape(c.Outlet)).Append("**, *").Append(Markdown.Escape(c.Title)).Append("*, ")
                .Append(Markdown.Date(c.Published)).Append(' ').Append(citations.Marker(c)).Append(": ").Append(Markdown.Quote(c.Sentence)).Append('\n');
        }

        return new Reply(text.ToString().TrimEnd())
        {
            Citations = citations.Items,
            Suggestions = hasMore ? [FollowUps.More] : [FollowUps.Story],
            Payload = Payload.Of(answer),
        };
    }
}
