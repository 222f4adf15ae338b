namespace NewsBot.Protocol.Schema;

/// <summary>The HTTP body that answers an <c>expectReplies</c> activity: every activity the turn produced.</summary>
/// <param name="Activities">The replies, in the order they were sent. Written even when empty.</param>
public sealed record ExpectedReplies([property: SerializeWhenEmpty] IList<Activity> Activities);
