namespace NewsBot.Protocol.Schema;

/// <summary>Values of <c>activity.deliveryMode</c>.</summary>
public static class DeliveryModes
{
    /// <summary>Replies are POSTed to the serviceUrl (the default).</summary>
    public const string Normal = "normal";
    /// <summary>Deliver without notifying.</summary>
    public const string Notification = "notification";
    /// <summary>Replies come back in the HTTP response as <c>{"activities":[...]}</c>.</summary>
    public const string ExpectReplies = "expectReplies";
    /// <summary>Shown only to the recipient, not stored.</summary>
    public const string Ephemeral = "ephemeral";
}
