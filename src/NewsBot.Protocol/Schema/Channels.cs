namespace NewsBot.Protocol.Schema;

/// <summary>Values of <c>activity.channelId</c> that NewsBot meets. Compare ordinally.</summary>
public static class Channels
{
    /// <summary>Microsoft Teams.</summary>
    public const string Msteams = "msteams";
    /// <summary>Bot Framework Emulator.</summary>
    public const string Emulator = "emulator";
    /// <summary>Direct Line.</summary>
    public const string Directline = "directline";
    /// <summary>Web Chat.</summary>
    public const string Webchat = "webchat";
}
