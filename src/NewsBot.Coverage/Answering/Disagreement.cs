namespace NewsBot.Coverage;

/// <summary>Outlets giving different values (a number, a date, a time) for the same fact.</summary>
/// <param name="About">What the values are about, in a few words ("troops at the border").</param>
/// <param name="Versions">Each value with the outlets that gave it.</param>
public sealed record Disagreement(string About, IReadOnlyList<DisagreementVersion> Versions);

/// <summary>One value of a disputed fact and who printed it.</summary>
/// <param name="Value">The value as printed ("100,000", "January 12").</param>
/// <param name="Citations">The outlets that gave this value.</param>
public sealed record DisagreementVersion(string Value, IReadOnlyList<Citation> Citations);
