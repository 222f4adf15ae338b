using System.Threading.Channels;

namespace NewsBot.Protocol.DirectLine;

/// <summary>An activity for the streams: its sequence number (null for an update of an activity sent before) and its JSON.</summary>
internal sealed record StreamEvent(long? Sequence, string ActivityJson);

/// <summary>One open stream's queue of activities to send.</summary>
internal sealed class StreamSubscription(ConversationStreams owner, string conversationId) : IDisposable
{
    private const int Backlog = 512;

    private readonly Channel<StreamEvent> _events = Channel.CreateBounded<StreamEvent>(new BoundedChannelOptions(Backlog) { SingleReader = true });

    public string ConversationId { get; } = conversationId;

    public ChannelReader<StreamEvent> Events => _events.Reader;

    /// <summary>True when the client could not keep up and the queue was closed.</summary>
    public bool Overflowed { get; private set; }

    public void Offer(StreamEvent streamEvent)
    {
        if (!_events.Writer.TryWrite(streamEvent) && _events.Writer.TryComplete())
        {
            Overflowed = true;
        }
    }

    public void Dispose()
    {
        _events.Writer.TryComplete();
        owner.Remove(this);
    }
}
