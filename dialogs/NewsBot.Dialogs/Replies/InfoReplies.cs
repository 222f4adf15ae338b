using System.Text;
using NewsBot.Coverage;
using NewsBot.Dialogs.Rendering;

namespace NewsBot.Dialogs.Replies;

// Replies that describe the bot and its coverage rather than answer a question.
internal static class InfoReplies
{
    public static Reply Welcome(IReadOnlyList<SourceArticle> sources) => new(
        $"Hi, I'm NewsBot. {Coverage(sources)}\n\n" +
        "Ask me anything about the story in your own words, or try **What's the story?** or **What sources do you have?**. " +
        "Type **help** to see everything I can do.")
    {
        Suggestions = FollowUps.Start,
    };

    public static Reply Help(IReadOnlyList<SourceArticle> sources)
    {
        var outlet = sources.Select(s => s.Outlet).Order(StringComparer.OrdinalIgnoreCase).FirstOrDefault() ?? "an outlet";
        var o = Markdown.Escape(outlet);
        return new Reply(
            $"{Coverage(sources)}\n\n" +
            "- Ask a question in your own words; I quote the sentences that answer it and cite each outlet.\n" +
            "- **What's the story?**: the facts most outlets agree on\n" +
            "- **What sources do you have?**: the outlets, headlines and dates\n" +
            "- **Who said that?**: every source of my last answer\n" +
            "- **More**: what else the articles say about your last question\n" +
            $"- **According to {o}, …** or **What did {o} say about …?**: one outlet for one question; " +
            $"**Only {o}** keeps to it until you say **All outlets**\n" +
            "- **Reset**: start our conversation afresh")
        {
            Suggestions = [FollowUps.Story, FollowUps.Sources],
        };
    }

    public static Reply Sources(IReadOnlyList<SourceArticle> sources, string? outlet)
    {
        if (sources.Count == 0)
        {
            return new Reply("I have no articles yet.") { Payload = Payload.Of(sources) };
        }

        var outlets = sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var text = new StringBuilder();
        text.Append($"I have {Count(sources.Count, "article")} from {Count(outlets, "outlet")}:\n\n");
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            text.Append(i + 1).Append(". **").Append(Markdown.Escape(s.Outlet)).Append("**, ").Append(Markdown.Date(s.Published))
                .Append(": *").Append(Markdown.Escape(s.Title)).Append("*\n");
        }

        if (outlet is not null)
        {
            text.Append("\nI'm answering from ").Append(Markdown.Escape(outlet)).Append(" only; say **all outlets** to use every outlet.");
        }

        return new Reply(text.ToString().TrimEnd()) { Suggestions = [FollowUps.Story, FollowUps.Help], Payload = Payload.Of(sources) };
    }

    public static Reply Story(IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0)
        {
            return new Reply("I couldn't find facts that several outlets agree on.") { Suggestions = [FollowUps.Sources, FollowUps.Help] };
        }

        var citations = new CitationList();
        var text = new StringBuilder("Here's what most outlets agree on:\n\n");
        ClaimLines.Append(text, claims, citations, numbered: true);
        return new Reply(text.ToString().TrimEnd())
        {
            Citations = citations.Items,
            Suggestions = [FollowUps.Sources, FollowUps.Help],
            Payload = Payload.Of(null, claims),
        };
    }

    public static Reply Greeting() => new("Hello! Ask me a question about the coverage, or type **help** to see what I can do.")
    {
        Suggestions = FollowUps.Start,
    };

    public static Reply Thanks() => new("Glad to help. Ask me anything else about the coverage.");

    public static Reply NoText(bool attachments) => new(attachments
        ? "I can only read text, not attachments. Ask me a question about the coverage, or type **help**."
        : "Ask me a question about the coverage, or type **help** to see what I can do.")
    {
        Suggestions = FollowUps.Start,
    };

    public static Reply Reset() => new("Done: I've forgotten our conversation (the last answer and any outlet filter). Ask me anything.")
    {
        Suggestions = FollowUps.Start,
    };

    public static Reply OutletSet(string outlet, string? lastQuestion)
    {
        List<string> suggestions = lastQuestion is { Length: <= 60 } ? [lastQuestion, FollowUps.AllOutlets] : [FollowUps.AllOutlets];
        return new Reply($"OK, from now on I'll answer from **{Markdown.Escape(outlet)}** only. Say **all outlets** to go back.") { Suggestions = suggestions };
    }

    public static Reply OutletCleared(bool wasSet) => new(wasSet
        ? "OK, I'll answer from all outlets again."
        : "I'm already answering from all outlets.");

    private static string Coverage(IReadOnlyList<SourceArticle> sources)
    {
        if (sources.Count == 0)
        {
            return "I answer questions about news coverage, but I have no articles yet.";
        }

        var outlets = sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).Select(Markdown.Escape).ToList();
        var named = outlets.Count == 1 ? outlets[0] : $"{string.Join(", ", outlets.Take(outlets.Count - 1))} and {outlets[^1]}";
        return $"I answer questions about {Count(sources.Count, "news article")} from {named}, and show which outlet said what.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
