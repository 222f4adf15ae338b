namespace NewsBot.Protocol.Schema;

/// <summary>Values of <c>activity.type</c>.</summary>
public static class ActivityTypes
{
    /// <summary>A message.</summary>
    public const string Message = "message";
    /// <summary>Contact list change.</summary>
    public const string ContactRelationUpdate = "contactRelationUpdate";
    /// <summary>Members joined or left, or the conversation changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>Someone is typing.</summary>
    public const string Typing = "typing";
    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";
    /// <summary>Fire-and-forget named event.</summary>
    public const string Event = "event";
    /// <summary>Synchronous request; the HTTP response is the result.</summary>
    public const string Invoke = "invoke";
    /// <summary>The user asked for their data to be deleted.</summary>
    public const string DeleteUserData = "deleteUserData";
    /// <summary>A message was edited.</summary>
    public const string MessageUpdate = "messageUpdate";
    /// <summary>A message was deleted.</summary>
    public const string MessageDelete = "messageDelete";
    /// <summary>The bot was installed or uninstalled.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>Reactions were added or removed.</summary>
    public const string MessageReaction = "messageReaction";
    /// <summary>A private suggestion.</summary>
    public const string Suggestion = "suggestion";
    /// <summary>Debugging information; only sent to the Emulator.</summary>
    public const string Trace = "trace";
    /// <summary>Hand-off to another party.</summary>
    public const string Handoff = "handoff";
    /// <summary>A command.</summary>
    public const string Command = "command";
    /// <summary>The result of a command.</summary>
    public const string CommandResult = "commandResult";
}
