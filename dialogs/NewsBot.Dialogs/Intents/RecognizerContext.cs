namespace NewsBot.Dialogs.Intents;

// What intent matching needs to know about the conversation: whether follow-ups have an answer to refer to, the
// labels of a pending "did you mean" choice, and the outlets an "only NPR" may name.
internal sealed record RecognizerContext(bool HasAnswer, IReadOnlyList<string> Candidates, IReadOnlyList<string> Outlets)
{
    public static RecognizerContext None { get; } = new(false, [], []);
}
