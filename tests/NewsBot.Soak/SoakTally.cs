using System.Collections.Concurrent;

namespace NewsBot.Soak;

// What the soak counted: questions asked and answered, their latency, and every error (the first few described).
internal sealed class SoakTally
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<double> _milliseconds = new();
    private long _asked;
    private long _errorCount;

    public long Asked => Interlocked.Read(ref _asked);

    public long Answered => _milliseconds.Count;

    public long Errors => Interlocked.Read(ref _errorCount);

    public IEnumerable<string> FirstErrors => _errors;

    public void Ask() => Interlocked.Increment(ref _asked);

    public void Answer(TimeSpan latency) => _milliseconds.Enqueue(latency.TotalMilliseconds);

    public void Error(string what)
    {
        if (Interlocked.Increment(ref _errorCount) <= 20)
        {
            _errors.Enqueue(what);
        }
    }

    public (double Median, double P95) Latency()
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? (0, 0) : (sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.95))]);
    }
}
