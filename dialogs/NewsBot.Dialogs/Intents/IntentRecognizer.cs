namespace NewsBot.Dialogs.Intents;

// Decides what a message asks for. Order matters: a pending "did you mean" choice first (its labels are claim texts
// that could look like anything), then the whole-message commands, then outlet filters; everything else is a question.
internal static class IntentRecognizer
{
    public static Intent Recognize(string? text, RecognizerContext context)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new Intent(IntentKind.Empty, trimmed);
        }

        var words = Words.Of(trimmed);
        if (words.Count == 0)
        {
            // Only punctuation ("?", "!!!"): the person is lost rather than asking something.
            return new Intent(IntentKind.Help, trimmed);
        }

        if (CandidateChoice.Find(words, context.Candidates) is { } candidate)
        {
            return new Intent(IntentKind.PickCandidate, trimmed, Candidate: candidate);
        }

        if (CommandPhrases.Match(words) is { } command)
        {
            var kind = command.Kind == IntentKind.WhoSaidThat && !context.HasAnswer && CommandPhrases.SourcesOrCitations.Contains(command.Phrase)
                ? IntentKind.ListSources
                : command.Kind;
            return new Intent(kind, trimmed);
        }

        return OutletPhrases.Match(words, trimmed, context.Outlets) ?? new Intent(IntentKind.Question, trimmed);
    }
}
