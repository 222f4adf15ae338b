namespace NewsBot.Coverage;

/// <summary>A relative date in a sentence ("Thursday", "two days later") resolved against the article's date.</summary>
/// <param name="Phrase">The words as printed.</param>
/// <param name="Date">The calendar date they refer to.</param>
/// <param name="Display">Both together, for people: "Thursday (Thursday, 30 December 2021)".</param>
public sealed record ResolvedDate(string Phrase, DateOnly Date, string Display);
