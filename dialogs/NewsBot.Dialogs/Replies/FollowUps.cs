namespace NewsBot.Dialogs.Replies;

// The follow-ups the bot suggests. Each is a phrase the intent recognizer maps back to its command, and is sent as
// an imBack whose title equals its value.
internal static class FollowUps
{
    public const string WhoSaidThat = "Who said that?";
    public const string More = "More";
    public const string Story = "What's the story?";
    public const string Sources = "What sources do you have?";
    public const string Help = "Help";
    public const string AllOutlets = "All outlets";

    public static readonly IReadOnlyList<string> Start = [Story, Sources, Help];
}
