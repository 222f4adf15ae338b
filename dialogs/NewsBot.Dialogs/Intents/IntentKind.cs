namespace NewsBot.Dialogs.Intents;

internal enum IntentKind
{
    // No text at all: an attachment, a card submit without text, a bare @mention.
    Empty,
    Question,
    Help,
    Greeting,
    Thanks,
    ListSources,
    Story,
    More,
    WhoSaidThat,
    SetOutlet,
    ClearOutlet,
    PickCandidate,
    Reset,
}
