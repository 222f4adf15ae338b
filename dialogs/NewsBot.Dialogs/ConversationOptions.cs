namespace NewsBot.Dialogs;

/// <summary>Settings of the conversation, bound from the <c>Conversation</c> section of appsettings.json.</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Conversation";

    /// <summary>The SQLite file holding conversation state; created on first use. Relative paths are relative to the working directory.</summary>
    public string DatabasePath { get; set; } = "data/conversations.db";

    /// <summary>A conversation idle for longer than this starts afresh: its last answer and outlet filter are forgotten.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many distinct claims to ask the engine for per question (for "more" and "did you mean").</summary>
    public int ClaimsPerAnswer { get; set; } = 7;

    /// <summary>How many further claims one "more" shows.</summary>
    public int ClaimsPerMore { get; set; } = 2;

    /// <summary>Claims below this confidence (0–100) are not offered by "more".</summary>
    public int MoreMinimumConfidence { get; set; } = 50;

    /// <summary>How many facts "what's the story?" lists.</summary>
    public int StoryFacts { get; set; } = 3;

    /// <summary>Whether answers carry an Adaptive Card besides their markdown text.</summary>
    public bool AnswerCards { get; set; } = true;

    /// <summary>The problems with these settings, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            errors.Add("Conversation:DatabasePath must name a file.");
        }

        if (IdleExpiry < TimeSpan.FromMinutes(1) || IdleExpiry > TimeSpan.FromDays(30))
        {
            errors.Add($"Conversation:IdleExpiry must be between 00:01:00 and 30.00:00:00 (was {IdleExpiry}).");
        }

        if (ClaimsPerAnswer is < 1 or > 20)
        {
            errors.Add($"Conversation:ClaimsPerAnswer must be between 1 and 20 (was {ClaimsPerAnswer}).");
        }

        if (ClaimsPerMore is < 1 or > 10)
        {
            errors.Add($"Conversation:ClaimsPerMore must be between 1 and 10 (was {ClaimsPerMore}).");
        }

        if (MoreMinimumConfidence is < 0 or > 100)
        {
            errors.Add($"Conversation:MoreMinimumConfidence must be between 0 and 100 (was {MoreMinimumConfidence}).");
        }

        if (StoryFacts is < 1 or > 10)
        {
            errors.Add($"Conversation:StoryFacts must be between 1 and 10 (was {StoryFacts}).");
        }

        return errors;
    }
}
