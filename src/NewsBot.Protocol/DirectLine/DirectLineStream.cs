namespace NewsBot.Protocol.DirectLine;

/// <summary>A WebSocket stream that passed its checks and awaits its socket: which conversation, and the watermark to replay after.</summary>
public sealed class DirectLineStream : IDisposable
{
    internal DirectLineStream(StreamSubscription subscription, long watermark) => (Subscription, Watermark) = (subscription, watermark);

    internal StreamSubscription Subscription { get; }

    internal long Watermark { get; }

    /// <inheritdoc />
    public void Dispose() => Subscription.Dispose();
}
