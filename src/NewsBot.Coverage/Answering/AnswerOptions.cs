namespace NewsBot.Coverage;

/// <summary>How to answer one question.</summary>
/// <param name="Outlet">Only consider this outlet's articles ("NPR"); matched loosely against outlet names and sources.</param>
/// <param name="MaxClaims">How many distinct claims to return in <see cref="Answer.Claims"/>.</param>
public sealed record AnswerOptions(string? Outlet = null, int MaxClaims = 5)
{
    /// <summary>Answer from every outlet.</summary>
    public static AnswerOptions Default { get; } = new();
}
