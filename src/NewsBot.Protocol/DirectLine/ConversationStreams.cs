namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// The open WebSocket streams of each conversation. An activity is published to every stream of its conversation
/// after it is stored; a stream that falls too far behind is ended (its client reconnects from its watermark, so
/// nothing is lost).
/// </summary>
internal sealed class ConversationStreams
{
    private readonly Dictionary<string, List<StreamSubscription>> _streams = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _open;

    public int OpenCount => Volatile.Read(ref _open);

    /// <summary>A new subscription, or null when <paramref name="limit"/> streams are already open.</summary>
    public StreamSubscription? TrySubscribe(string conversationId, int limit)
    {
        lock (_lock)
        {
            if (_open >= limit)
            {
                return null;
            }

            var subscription = new StreamSubscription(this, conversationId);
            if (!_streams.TryGetValue(conversationId, out var list))
            {
                _streams[conversationId] = list = [];
            }

            list.Add(subscription);
            _open++;
            return subscription;
        }
    }

    public void Publish(string conversationId, StreamEvent streamEvent)
    {
        StreamSubscription[] subscribers;
        lock (_lock)
        {
            if (!_streams.TryGetValue(conversationId, out var list))
            {
                return;
            }

            subscribers = [.. list];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Offer(streamEvent);
        }
    }

    internal void Remove(StreamSubscription subscription)
    {
        lock (_lock)
        {
            if (_streams.TryGetValue(subscription.ConversationId, out var list) && list.Remove(subscription))
            {
                _open--;
                if (list.Count == 0)
                {
                    _streams.Remove(subscription.ConversationId);
                }
            }
        }
    }
}
