namespace NewsBot.Coverage;

/// <summary>One outlet's printing of a claim.</summary>
/// <param name="Source">The article's file name or id.</param>
/// <param name="Outlet">Who published it ("CNN", "NPR").</param>
/// <param name="Title">The article's headline.</param>
/// <param name="Published">The article's publication date, when known.</param>
/// <param name="Sentence">The exact sentence the outlet printed.</param>
/// <param name="Url">The article's address, when known.</param>
public sealed record Citation(string Source, string Outlet, string Title, DateOnly? Published, string Sentence, string? Url = null);
