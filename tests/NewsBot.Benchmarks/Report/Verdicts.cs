using System.Globalization;

namespace NewsBot.Benchmarks.Report;

// NewsBot's figures against its peers' and against the targets of the benchmark issue.
internal static class Verdicts
{
    public const string NewsBot = "NewsBot";
    private const double LargeSize = 900_000;

    public static List<PeerRatio> Ratios(IReadOnlyList<SizeReport> sizes)
    {
        var ratios = new List<PeerRatio>();
        foreach (var size in sizes)
        {
            var ours = size.Systems.FirstOrDefault(s => s.System == NewsBot);
            if (ours is null)
            {
                continue;
            }

            foreach (var peer in size.Systems.Where(s => s.System != NewsBot && s.Latency.Count > 0))
            {
                // The peer may have answered fewer questions (FuzzySharp over 42k sentences): compare like with like.
                ratios.Add(new PeerRatio(size.Name, peer.System,
                    ours.Latency.P50Ms / peer.Latency.P50Ms,
                    ours.Latency.P95Ms / peer.Latency.P95Ms,
                    ours.Quality.Dev.Score - peer.Quality.Dev.Score,
                    peer.Quality.Extra.Questions == 0 ? double.NaN : ours.Quality.Extra.Score - peer.Quality.Extra.Score,
                    GeneratedDifference(ours, peer, size.BbcCopies > 0),
                    peer.Latency.Count));
            }
        }

        return ratios;
    }

    private static double GeneratedDifference(Runs.SystemResult ours, Runs.SystemResult peer, bool bbcIndexed)
    {
        var theirs = peer.Quality.GeneratedIndexed(bbcIndexed);
        return theirs.Questions == 0 ? double.NaN : ours.Quality.GeneratedIndexed(bbcIndexed).HitRate - theirs.HitRate;
    }

    public static List<TargetCheck> Targets(IReadOnlyList<SizeReport> sizes, HttpSection http)
    {
        var checks = new List<TargetCheck>();
        var seeds = sizes.FirstOrDefault(s => s.Name == "seeds");
        var large = sizes.FirstOrDefault(s => s.Name == "large");
        var seedsBot = seeds?.Systems.FirstOrDefault(s => s.System == NewsBot);
        if (seedsBot is not null)
        {
            checks.Add(AtMost("seeds: p50 ≤ 1 ms in process", seedsBot.Latency.P50Ms, 1, "ms"));
            checks.Add(AtMost("seeds: p95 ≤ 3 ms in process", seedsBot.Latency.P95Ms, 3, "ms"));
        }

        if (large is not null && large.Systems.FirstOrDefault(s => s.System == NewsBot) is { } largeBot)
        {
            var note = large.Indexing.Sentences < LargeSize ? $"measured at {large.Indexing.Sentences:N0} sentences, not a million" : null;
            checks.Add(AtMost("1M sentences: p50 ≤ 10 ms", largeBot.Latency.P50Ms, 10, "ms") with { Note = note });
            checks.Add(AtMost("1M sentences: p95 ≤ 25 ms", largeBot.Latency.P95Ms, 25, "ms") with { Note = note });
            checks.Add(AtMost("1M sentences: ≤ 200 MB resident answering", largeBot.Memory.PeakResidentMb, 200, "MB") with { Note = note });
            checks.Add(AtMost("1M sentences: ≤ 200 MB resident indexing", large.Indexing.Memory.PeakResidentMb, 200, "MB") with { Note = note });
            checks.Add(new TargetCheck("1M sentences: indexing ≥ 100,000 sentences/s", Format(large.Indexing.SentencesPerSecond, "N0") + " sentences/s",
                large.Indexing.SentencesPerSecond >= 100_000, note));
            if (seedsBot is not null)
            {
                var loss = seedsBot.Quality.Dev.Score - largeBot.Quality.Dev.Score;
                checks.Add(new TargetCheck("dev score loses ≤ 2 points from seeds to 1M", Format(loss, "0.0") + " points lost", loss <= 2, note));
            }
        }

        foreach (var size in sizes)
        {
            var ours = size.Systems.FirstOrDefault(s => s.System == NewsBot);
            var lucene = size.Systems.FirstOrDefault(s => s.System.StartsWith("Lucene", StringComparison.Ordinal));
            if (ours is not null && lucene is not null)
            {
                var difference = ours.Quality.Dev.Score - lucene.Quality.Dev.Score;
                checks.Add(new TargetCheck($"{size.Name}: dev score ≥ Lucene's + 10 points", Format(difference, "+0.0;-0.0") + " points", difference >= 10));
            }
        }

        const string throughHttp = "seeds: ≥ 1,000 answers/s through /api/messages";
        checks.Add(http.Runs.FirstOrDefault(r => r.Size == "seeds" && r.Path == Http.HttpBench.BotMessages) is { } run
            ? new TargetCheck(throughHttp, Format(run.Load.AnswersPerSecond, "N0") + " answers/s", run.Load.AnswersPerSecond >= 1_000,
                $"{run.Concurrency} clients, p95 {Format(run.Load.Latency.P95Ms, "0.0")} ms")
            : new TargetCheck(throughHttp, "not measured", null));
        return checks;
    }

    public static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static TargetCheck AtMost(string target, double value, double limit, string unit) =>
        new(target, $"{Format(value, "0.00")} {unit}", value <= limit);
}
