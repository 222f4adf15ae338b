namespace NewsBot.Coverage;

/// <summary>A fact stated by one or more outlets: near-identical sentences grouped together.</summary>
/// <param name="Text">The short answer cut from the sentence, or the sentence itself.</param>
/// <param name="Sentence">The representative sentence, verbatim.</param>
/// <param name="Confidence">0–100, on the same scale as <see cref="Answer.Confidence"/>.</param>
/// <param name="Citations">Every outlet that printed it.</param>
public sealed record Claim(string Text, string Sentence, int Confidence, IReadOnlyList<Citation> Citations);
