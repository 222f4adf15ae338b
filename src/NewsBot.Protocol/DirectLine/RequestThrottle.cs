namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Counts requests per key (a conversation, a client address) in fixed one-minute windows shared by all keys; past
/// the limit a request is refused until the window ends. Counts are dropped when the window rolls over.
/// </summary>
internal sealed class RequestThrottle(TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _window = -1;

    /// <summary>Counts one request for <paramref name="key"/>; null when allowed, else how long to wait.</summary>
    public TimeSpan? Acquire(string key, int limit)
    {
        var now = timeProvider.GetUtcNow();
        var window = now.UtcTicks / Window.Ticks;
        lock (_lock)
        {
            if (window != _window)
            {
                _counts.Clear();
                _window = window;
            }

            var count = _counts.GetValueOrDefault(key);
            if (count >= limit)
            {
                return new DateTimeOffset((window + 1) * Window.Ticks, TimeSpan.Zero) - now;
            }

            _counts[key] = count + 1;
            return null;
        }
    }
}
