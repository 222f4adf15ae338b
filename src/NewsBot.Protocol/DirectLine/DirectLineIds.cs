using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Ids and watermarks as Direct Line clients see them: random URL-safe conversation ids, activity ids
/// <c>{conversationId}|0000001</c>, and watermarks that are the activity's sequence number in decimal.
/// </summary>
internal static class DirectLineIds
{
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9));

    public static string ActivityId(string conversationId, long sequence) =>
        $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    /// <summary>The sequence number of an activity id of <paramref name="conversationId"/>, or null when it is not one.</summary>
    public static long? Sequence(string conversationId, string? activityId) =>
        activityId is not null && activityId.StartsWith(conversationId + "|", StringComparison.Ordinal)
            && long.TryParse(activityId.AsSpan(conversationId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a client's watermark: absent or empty means from the start (0); anything but a non-negative integer is refused.</summary>
    public static bool TryParseWatermark(string? watermark, out long sequence)
    {
        if (string.IsNullOrEmpty(watermark))
        {
            sequence = 0;
            return true;
        }

        return long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }

    /// <summary>Ids the server hands out: URL-safe, so they need no escaping in paths and cannot contain the '|' separator.</summary>
    public static bool IsWellFormedConversationId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
