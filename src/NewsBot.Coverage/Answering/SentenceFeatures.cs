namespace NewsBot.Coverage.Answering;

// What the scorer knows about one sentence as an answer to one question, and how that adds up.
internal sealed record SentenceFeatures(
    double Coverage,
    double Proximity,
    double TypeCue,
    bool TypeRequired,
    double Fuzzy,
    double Quality,
    int SpecificMatched,
    bool HasUnknownTerm,
    bool RelationUnknown = false,
    bool StrictType = false,
    int Position = 0,
    double Unsupported = 0,
    int Missing = 0)
{
    // The most the fuzzy ratio can add to a sentence's score.
    public const double FuzzyWeight = 0.18;

    public double Score => Grounded - Ungrounded;

    // The score before asking whether the article holds the question words the sentence leaves out.
    public double Grounded
    {
        get
        {
            var score = (0.60 * Coverage) + (0.08 * Proximity) + (0.14 * TypeCue) + (FuzzyWeight * Fuzzy) - ((1 - Quality) * 0.35);

            // News puts what matters first: between sentences that match equally, the earlier one is the better answer.
            score += 0.03 * (1 - (Math.Min(Position, 30) / 30.0));
            if (TypeRequired && TypeCue == 0)
            {
                // A "when" question is not answered by a sentence without a date, whatever else it shares; names and
                // places are found less reliably than dates and numbers, so their absence costs less.
                score -= StrictType ? 0.3 : 0.15;
            }

            if (HasUnknownTerm && SpecificMatched < 2)
            {
                // The question is about something no article mentions, and what is left of it is too thin to
                // tell an answer from a sentence that merely shares a word ("the weather in Geneva").
                score -= 0.2;
            }

            if (RelationUnknown)
            {
                // "Who won the election?" when no article says anyone won anything: whoever a sentence names did
                // something else.
                score -= 0.2;
            }

            return score;
        }
    }

    // Question words that neither the sentence nor its article holds: the sentence is about something else that
    // shares the other words ("the Geneva motor show" for the weather in Geneva). A little is forgiven: a minor
    // word said in other words.
    private double Ungrounded => Math.Max(0, Unsupported - 0.1) * 0.6;
}
