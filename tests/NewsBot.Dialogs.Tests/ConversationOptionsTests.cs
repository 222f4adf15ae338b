namespace NewsBot.Dialogs.Tests;

public sealed class ConversationOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new ConversationOptions();
        Assert.Empty(options.Validate());
        Assert.Equal("data/conversations.db", options.DatabasePath);
        Assert.Equal(TimeSpan.FromMinutes(30), options.IdleExpiry);
    }

    [Fact]
    public void Each_bad_setting_is_named_with_its_value()
    {
        var options = new ConversationOptions
        {
            DatabasePath = " ",
            IdleExpiry = TimeSpan.FromSeconds(10),
            ClaimsPerAnswer = 0,
            ClaimsPerMore = 11,
            MoreMinimumConfidence = 101,
            StoryFacts = 0,
        };

        var errors = options.Validate();

        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Conversation:DatabasePath", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("IdleExpiry", StringComparison.Ordinal) && e.Contains("00:00:10", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ClaimsPerAnswer", StringComparison.Ordinal) && e.Contains("was 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ClaimsPerMore", StringComparison.Ordinal) && e.Contains("was 11", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("MoreMinimumConfidence", StringComparison.Ordinal) && e.Contains("was 101", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("StoryFacts", StringComparison.Ordinal) && e.Contains("was 0", StringComparison.Ordinal));
    }
}
