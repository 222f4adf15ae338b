using NewsBot.Coverage;

namespace NewsBot.Dialogs.State;

// What a conversation remembers between turns. AskedAt is when the turn that produced LastAnswer started, so a slow
// earlier turn cannot overwrite the answer of a later one. ClaimsShown counts LastAnswer.Claims already shown.
internal sealed record ConversationState
{
    public static ConversationState Empty { get; } = new();

    public string? LastQuestion { get; init; }

    public Answer? LastAnswer { get; init; }

    public DateTimeOffset? AskedAt { get; init; }

    public string? Outlet { get; init; }

    public int ClaimsShown { get; init; }

    public ConversationState WithAnswer(Answer answer, DateTimeOffset askedAt, int claimsShown) =>
        AskedAt is { } previous && previous > askedAt
            ? this
            : this with { LastQuestion = answer.Question, LastAnswer = answer, AskedAt = askedAt, ClaimsShown = claimsShown };
}
