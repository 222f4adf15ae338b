namespace NewsBot.Protocol.Schema;

/// <summary>Values of <c>channelAccount.role</c>.</summary>
public static class RoleTypes
{
    /// <summary>A person.</summary>
    public const string User = "user";
    /// <summary>A bot.</summary>
    public const string Bot = "bot";
    /// <summary>A skill.</summary>
    public const string Skill = "skill";
}
