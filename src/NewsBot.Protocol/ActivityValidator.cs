using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol;

/// <summary>The fields without which the bot cannot process or answer an inbound activity.</summary>
internal static class ActivityValidator
{
    /// <summary>What is missing or malformed, or null when the activity can be processed.</summary>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The message activity has no from.id.";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return activity.DeliveryMode == DeliveryModes.ExpectReplies ? null : "The activity has no serviceUrl to send replies to.";
        }

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"The activity's serviceUrl '{activity.ServiceUrl}' is not an absolute http(s) URL.";
    }
}
