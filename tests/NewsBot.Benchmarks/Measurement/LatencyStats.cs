using System.Diagnostics;

namespace NewsBot.Benchmarks.Measurement;

// Percentiles of per-question latencies (nearest rank), in milliseconds.
internal sealed record LatencyStats(int Count, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static LatencyStats Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public static LatencyStats Of(IReadOnlyCollection<long> timestampTicks)
    {
        if (timestampTicks.Count == 0)
        {
            return Empty;
        }

        var ms = timestampTicks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return new LatencyStats(ms.Length, ms.Average(), Rank(ms, 50), Rank(ms, 95), Rank(ms, 99), ms[^1]);
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
