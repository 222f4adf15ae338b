namespace NewsBot.Coverage.Text;

// Everyday English words that are not stopwords but say little about what a question is about. In a small index
// their document frequency is low by accident ("use" in one sentence of five articles), which would make them weigh
// like names; they count half.
internal static class WeakWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "use", "used", "using", "make", "made", "making", "take", "took", "taken", "give", "gave", "given", "go", "going",
        "gone", "went", "come", "came", "coming", "see", "seen", "saw", "know", "known", "knew", "think", "thought", "want",
        "wanted", "need", "needed", "way", "ways", "time", "times", "year", "years", "day", "days", "people", "work", "new",
        "first", "last", "good", "great", "long", "little", "old", "right", "big", "high", "different", "small", "large",
        "next", "early", "young", "important", "public", "bad", "able", "put", "keep", "kept", "let", "begin", "began",
        "seem", "seemed", "help", "show", "showed", "hear", "heard", "play", "run", "move", "live", "believe", "bring",
        "brought", "happen", "write", "provide", "sit", "stand", "lose", "pay", "meet", "include", "continue", "set",
        "learn", "change", "lead", "understand", "watch", "follow", "stop", "create", "speak", "read", "allow", "add",
        "spend", "grow", "open", "walk", "win", "offer", "remember", "love", "consider", "appear", "buy", "wait", "serve",
        "die", "send", "expect", "build", "stay", "fall", "cut", "reach", "kill", "remain", "get", "gets", "getting",
        "part", "place", "case", "point", "number", "fact", "thing", "matter", "kind", "lot", "end", "side", "head",
        "heading", "going", "involved", "really", "actually", "currently", "exactly", "still", "even", "well", "back",
        "two", "three", "second", "third", "today", "week", "month", "recent", "recently", "current", "main", "major",
    };

    public static bool Contains(string normalizedWord) => Words.Contains(normalizedWord);
}
