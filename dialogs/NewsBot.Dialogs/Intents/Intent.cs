namespace NewsBot.Dialogs.Intents;

// Outlet: the indexed outlet name for SetOutlet. Candidate: the index of the chosen "did you mean" claim for PickCandidate.
internal sealed record Intent(IntentKind Kind, string Text, string? Outlet = null, int Candidate = -1);
