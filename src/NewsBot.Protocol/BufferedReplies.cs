using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol;

/// <summary>The activities an <c>expectReplies</c> turn produced, returned in its HTTP response instead of being POSTed.</summary>
internal sealed class BufferedReplies
{
    public List<Activity> Activities { get; } = [];
}
