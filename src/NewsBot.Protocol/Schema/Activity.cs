using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity: the one message shape every channel and the bot exchange.
/// Fields this type does not model survive a read and write through <see cref="Properties"/>.
/// </summary>
public sealed partial class Activity
{
    /// <summary>The activity type; see <see cref="ActivityTypes"/>. Required.</summary>
    public string? Type { get; set; }

    /// <summary>Set by the channel; bots should not send it.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel received the activity (UTC). Channel only.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's IANA time zone name.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Base URL of the channel's Connector API; replies go there.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel; see <see cref="Channels"/>. Compare ordinally.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The conversation. Required on every activity.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The receiver; on an inbound activity, the bot.</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary>Id of the activity this one answers.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>Message text.</summary>
    public string? Text { get; set; }

    /// <summary>Format of <see cref="Text"/>; see <see cref="TextFormats"/>. Web Chat renders a missing value as markdown.</summary>
    public string? TextFormat { get; set; }

    /// <summary>BCP-47 locale, e.g. <c>en-US</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>Text to speak.</summary>
    public string? Speak { get; set; }

    /// <summary>Whether the bot accepts, expects or ignores input after this activity; see <see cref="InputHints"/>.</summary>
    public string? InputHint { get; set; }

    /// <summary>Text to show when the channel cannot render cards.</summary>
    public string? Summary { get; set; }

    /// <summary>Cards and media.</summary>
    public IList<Attachment>? Attachments { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary>Buttons offered with this message.</summary>
    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>Mentions, client info, schema.org objects and the like.</summary>
    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific payload (Teams tenant and team, Web Chat clientActivityID...).</summary>
    public JsonElement? ChannelData { get; set; }

    /// <summary>Payload of a card submit, postBack, event or invoke.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Type of <see cref="Value"/>, when stated.</summary>
    public string? ValueType { get; set; }

    /// <summary>Name of an event or invoke. Required for those types.</summary>
    public string? Name { get; set; }

    /// <summary>Free-form label.</summary>
    public string? Label { get; set; }

    /// <summary>Members who joined (conversationUpdate). May include the bot itself.</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members who left (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>Reactions added (messageReaction).</summary>
    public IList<MessageReaction>? ReactionsAdded { get; set; }

    /// <summary>Reactions removed (messageReaction).</summary>
    public IList<MessageReaction>? ReactionsRemoved { get; set; }

    /// <summary>New conversation topic (conversationUpdate).</summary>
    public string? TopicName { get; set; }

    /// <summary><c>add</c>, <c>remove</c>, and on Teams also <c>add-upgrade</c> / <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    /// <summary>Why a conversation ended; see <see cref="EndOfConversationCodes"/>.</summary>
    public string? Code { get; set; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string? Importance { get; set; }

    /// <summary>How the sender wants replies delivered; see <see cref="DeliveryModes"/>.</summary>
    public string? DeliveryMode { get; set; }

    /// <summary>When the activity should be considered expired.</summary>
    public DateTimeOffset? Expiration { get; set; }

    /// <summary>Phrases the speech recognizer should listen for.</summary>
    public IList<string>? ListenFor { get; set; }

    /// <summary>Parts of the replied-to message this one refers to.</summary>
    public JsonElement? TextHighlights { get; set; }

    /// <summary>A programmatic action attached to the activity.</summary>
    public JsonElement? SemanticAction { get; set; }

    /// <summary>The conversation this activity relates to.</summary>
    public ConversationReference? RelatesTo { get; set; }

    /// <summary>Fields this type does not model, written back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
