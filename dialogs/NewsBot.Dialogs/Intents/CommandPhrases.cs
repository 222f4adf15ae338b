namespace NewsBot.Dialogs.Intents;

// The whole-message phrasings of each command. A message is a command only when all of it is one of these (allowing
// a typo per word, see Typos), so "more troops?" or "who said that Russia moved troops?" stay questions.
internal static class CommandPhrases
{
    // "sources" after an answer asks who said it; before any answer it asks what the bot has.
    public static readonly string[] SourcesOrCitations = ["sources", "source", "show sources", "show me the sources", "show the sources", "the sources"];

    private static readonly (IntentKind Kind, string[] Phrases)[] Table =
    [
        (IntentKind.Help, ["help", "help me", "what can you do", "what can i ask", "what can i ask you", "what do you do", "how does this work",
            "how do i use this", "how do you work", "commands", "menu", "options", "usage", "instructions", "what are the commands",
            "what is this", "whats this", "who are you", "what are you"]),
        (IntentKind.Greeting, ["hi", "hello", "hey", "hi there", "hello there", "hey there", "hiya", "howdy", "good morning",
            "good afternoon", "good evening"]),
        (IntentKind.Thanks, ["thanks", "thank you", "thank you very much", "thanks a lot", "many thanks", "thx", "ty", "cheers",
            "ok thanks", "great thanks", "ok", "okay", "cool", "great", "got it", "nice", "perfect"]),
        (IntentKind.ListSources, ["what sources do you have", "which sources do you have", "what sources do you use", "which sources do you use",
            "what sources", "which sources", "list sources", "list the sources", "list", "what outlets", "which outlets",
            "what outlets do you have", "which outlets do you have", "list outlets", "outlets", "what articles do you have",
            "which articles do you have", "what articles", "list articles", "list the articles", "articles", "what do you cover",
            "what do you know", "whats covered", "what is covered", "what news do you have"]),
        (IntentKind.Story, ["whats the story", "what is the story", "story", "the story", "tell me the story", "summary", "summarize",
            "summarise", "give me a summary", "give me the summary", "overview", "whats happening", "what is happening",
            "what happened", "whats going on", "what is going on", "whats the news", "what is the news", "news", "headlines",
            "the gist", "gist", "tldr", "tl dr", "key facts", "main points", "whats new"]),
        (IntentKind.More, ["more", "tell me more", "show more", "show me more", "give me more", "more please", "anything else",
            "what else", "something else", "go on", "continue", "keep going", "next", "more info", "more details"]),
        (IntentKind.WhoSaidThat, ["who said that", "who said it", "who said so", "who says", "who says so", "says who",
            "who reported that", "who reported it", "who wrote that", "where is that from", "wheres that from",
            "where did that come from", "where did you get that", "whats the source", "what is the source", "what are the sources",
            "whats your source", "what are your sources", "cite", "citation", "citations", "cite your sources",
            "which outlets said that", "which outlet said that", "according to whom", "who"]),
        (IntentKind.Reset, ["reset", "start over", "restart", "new topic", "forget it", "cancel"]),
    ];

    // Tried as they are, then without courtesy words ("more please", "can you help").
    private static readonly HashSet<string> LeadingCourtesy = ["please", "pls", "plz", "ok", "okay", "so", "hey", "um", "well", "now", "newsbot"];
    private static readonly HashSet<string> TrailingCourtesy = ["please", "pls", "plz", "thanks", "thx", "then", "now"];
    private static readonly string[][] LeadingAsks = [["can", "you"], ["could", "you"], ["would", "you"], ["can", "u"]];

    public static (IntentKind Kind, string Phrase)? Match(IReadOnlyList<string> words)
    {
        var bare = WithoutCourtesy(words);
        return Find(words, exact: true) ?? Find(bare, exact: true) ?? Find(words, exact: false) ?? Find(bare, exact: false);
    }

    private static (IntentKind, string)? Find(IReadOnlyList<string> words, bool exact)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var joined = Words.Join(words);
        foreach (var phrase in SourcesOrCitations)
        {
            if (Same(words, joined, phrase, exact))
            {
                return (IntentKind.WhoSaidThat, phrase);
            }
        }

        foreach (var (kind, phrases) in Table)
        {
            foreach (var phrase in phrases)
            {
                if (Same(words, joined, phrase, exact))
                {
                    return (kind, phrase);
                }
            }
        }

        return null;
    }

    private static bool Same(IReadOnlyList<string> words, string joined, string phrase, bool exact)
    {
        if (exact)
        {
            return joined == phrase;
        }

        var expected = phrase.Split(' ');
        if (expected.Length != words.Count)
        {
            return false;
        }

        // A slip in one word of a phrase at most; a single word may have as many as Typos allows.
        var slips = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (words[i] == expected[i])
            {
                continue;
            }

            if (!Typos.Close(words[i], expected[i]) || (++slips > 1 && expected.Length > 1))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<string> WithoutCourtesy(IReadOnlyList<string> words)
    {
        var start = 0;
        var end = words.Count;
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            if (LeadingCourtesy.Contains(words[start]))
            {
                start++;
                changed = true;
            }
            else if (LeadingAsks.FirstOrDefault(ask => end - start > ask.Length && words.Skip(start).Take(ask.Length).SequenceEqual(ask)) is { } ask)
            {
                start += ask.Length;
                changed = true;
            }
            else if (end - start > 1 && TrailingCourtesy.Contains(words[end - 1]))
            {
                end--;
                changed = true;
            }
        }

        return words.Skip(start).Take(end - start).ToList();
    }
}
