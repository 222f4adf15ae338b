namespace NewsBot.Protocol.Schema;

/// <summary>Values of <c>activity.inputHint</c>, in the wire form.</summary>
public static class InputHints
{
    /// <summary>The bot is passively ready for input.</summary>
    public const string AcceptingInput = "acceptingInput";
    /// <summary>The bot is waiting for an answer.</summary>
    public const string ExpectingInput = "expectingInput";
    /// <summary>The bot is not ready for input.</summary>
    public const string IgnoringInput = "ignoringInput";
}
