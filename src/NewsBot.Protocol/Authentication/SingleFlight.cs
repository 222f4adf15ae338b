namespace NewsBot.Protocol.Authentication;

/// <summary>Runs one fetch at a time: callers arriving while it runs share its result instead of starting another.</summary>
internal sealed class SingleFlight<T>
{
    private readonly Lock _lock = new();
    private Task<T>? _running;

    /// <summary>
    /// Joins the running fetch or starts <paramref name="fetch"/>. The fetch itself is not cancelled by one caller
    /// giving up, since others share it; each caller's token only stops its own wait.
    /// </summary>
    public Task<T> RunAsync(Func<Task<T>> fetch, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_running is null || _running.IsCompleted)
            {
                _running = Task.Run(fetch, CancellationToken.None);
            }

            return _running.WaitAsync(cancellationToken);
        }
    }
}
