namespace NewsBot.Coverage;

/// <summary>Settings of the answering engine, bound from the <c>Coverage</c> section of appsettings.json.</summary>
public sealed class CoverageOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Coverage";

    /// <summary>The SQLite file of the index; created on first run. Relative paths are relative to the working directory.</summary>
    public string DatabasePath { get; set; } = "data/newsbot.db";

    /// <summary>The folder (or file) indexed at start-up; empty to index nothing at start-up.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Answers with a confidence below this (0–100) become "not found".</summary>
    public int AnswerThreshold { get; set; } = 50;

    /// <summary>Below the answer threshold by at most this much, close candidates are offered as "did you mean".</summary>
    public int AmbiguityBand { get; set; } = 15;

    /// <summary>How many FTS5 candidates are re-ranked per question.</summary>
    public int Candidates { get; set; } = 100;

    /// <summary>The problems with these settings, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            errors.Add("Coverage:DatabasePath must name a file.");
        }

        if (AnswerThreshold is < 0 or > 100)
        {
            errors.Add($"Coverage:AnswerThreshold must be between 0 and 100 (was {AnswerThreshold}).");
        }

        if (AmbiguityBand < 0 || AmbiguityBand > AnswerThreshold)
        {
            errors.Add($"Coverage:AmbiguityBand must be between 0 and AnswerThreshold (was {AmbiguityBand}).");
        }

        if (Candidates is < 5 or > 2000)
        {
            errors.Add($"Coverage:Candidates must be between 5 and 2000 (was {Candidates}).");
        }

        return errors;
    }
}
