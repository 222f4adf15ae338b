namespace NewsBot.Protocol.Schema;

/// <summary>Values of <c>activity.textFormat</c>.</summary>
public static class TextFormats
{
    /// <summary>Markdown.</summary>
    public const string Markdown = "markdown";
    /// <summary>Plain text.</summary>
    public const string Plain = "plain";
    /// <summary>XML (Teams and email).</summary>
    public const string Xml = "xml";
}
