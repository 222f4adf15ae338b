namespace NewsBot.Coverage.Answering;

// One content word of a question: as typed, as corrected against the index, and its weight.
internal sealed record QueryTerm(string Typed, string Word, string Stem, double Weight, bool Known, bool Weak)
{
    // "heading into elections" is not a head of state: a question's "-ing" word is a verb, and the synonym groups
    // are of nouns' senses as often as of verbs'.
    public IReadOnlySet<string> Synonyms { get; } =
        Word.EndsWith("ing", StringComparison.Ordinal) ? new HashSet<string>() : NewsBot.Coverage.Text.Synonyms.Of(Stem);

    public bool Corrected => !string.Equals(Typed, Word, StringComparison.Ordinal);
}

// Counted: the stems of what a "how many" question counts ("troop"). Relation: for "who <verb>" questions, the verb
// that the answer must be the subject of ("won" in "who won the election").
internal sealed record Question(string Text, QuestionType Type, IReadOnlyList<QueryTerm> Terms, string? Outlet, IReadOnlySet<string>? Counted = null, QueryTerm? Relation = null)
{
    public double TotalWeight { get; } = Terms.Sum(t => t.Weight);

    public bool AsksDuration { get; } = Type == QuestionType.HowMany && Text.Contains("how long", StringComparison.OrdinalIgnoreCase);

    // Every word of the question, to tell a sentence's answer from words the question already holds.
    public IReadOnlySet<string> Words { get; } = new HashSet<string>(NewsBot.Coverage.Text.TextNormalizer.Words(Text), StringComparer.Ordinal);
}
