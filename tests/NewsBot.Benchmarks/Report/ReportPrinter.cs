using System.Text;
using static NewsBot.Benchmarks.Report.Verdicts;

namespace NewsBot.Benchmarks.Report;

// The report for people: indexing, answering, peers, targets, and what is not measured yet.
internal static class ReportPrinter
{
    public static string Print(BenchmarkReport report)
    {
        var text = new StringBuilder();
        var run = report.Run;
        text.Append($"NewsBot benchmarks ({(run.Quick ? "quick" : "full")} run), {report.Started:yyyy-MM-dd HH:mm} UTC, ")
            .Append($"{report.Machine.Cores} cores, {report.Machine.Os}, .NET {report.Machine.Runtime}, {report.Machine.Configuration}; ")
            .Append($"{Format(run.TotalSeconds, "0")} s\n");
        if (report.Machine.LoadAtStart is { } load && report.Machine.LoadAtEnd is { } loadEnd)
        {
            text.Append($"Load average {Format(load, "0.0")} at the start, {Format(loadEnd, "0.0")} at the end")
                .Append(Math.Max(load, loadEnd) > report.Machine.Cores ? ": other work shared the cores, so wall-clock figures are inflated; CPU columns are not.\n" : ".\n");
        }
        if (!run.SharedCorpusFound)
        {
            text.Append($"Shared corpus not found at {run.SharedCorpusPath}: seeds only.\n");
        }

        text.Append("\nIndexing: the whole ingest path (read, clean, split, SQLite, FTS5), one process per size\n");
        var indexing = new TextTable("size", "articles", "sentences", "seconds", "sentences/s", "CPU s", "sentences/CPU-s", "DB MB", "peak RSS MB", "GC heap MB");
        foreach (var size in report.Sizes)
        {
            var i = size.Indexing;
            indexing.Add(size.Label, i.Articles.ToString("N0"), i.Sentences.ToString("N0"), Format(i.Seconds, "0.00"),
                Format(i.SentencesPerSecond, "N0"), Format(i.CpuSeconds, "0.00"), Format(i.SentencesWritten / Math.Max(i.CpuSeconds, 1e-9), "N0"),
                Format(i.DatabaseBytes / 1048576.0, "0.0"), Format(i.Memory.PeakResidentMb, "0"),
                Format(i.Memory.GcHeapMb, "0"));
        }

        text.Append(indexing);
        text.Append($"\nAnswering: one thread, in process, after one untimed pass (cold ms: the first answer of a fresh process), {run.Questions} questions ({run.DevQuestions} dev and held-out, {run.GeneratedQuestions} generated from corpus sentences)\n");
        text.Append("dev/extra: % of questions.dev.json / questions.extra.json right (answerable: expected string, only supporting sources; unanswerable: abstained)\n");
        text.Append("CPU ms: processor time per answer in that pass (the process's, so a little of the runtime's own work too)\n");
        text.Append("gen hit: % of generated questions (about indexed stories) whose top sentence is the one they were made from\n");
        text.Append("off-index answered: % of questions about BBC stories answered when only the seeds are indexed (lower is better)\n");
        var answers = new TextTable("size", "system", "asked", "p50 ms", "p95 ms", "p99 ms", "mean ms", "CPU ms", "ans/s 2 thr", "peak RSS MB", "dev", "extra", "gen hit", "off-index answered", "cold ms");
        foreach (var size in report.Sizes)
        {
            foreach (var s in size.Systems)
            {
                answers.Add(size.Label, s.System, s.Latency.Count.ToString("N0"), Format(s.Latency.P50Ms, "0.000"), Format(s.Latency.P95Ms, "0.000"),
                    Format(s.Latency.P99Ms, "0.000"), Format(s.Latency.MeanMs, "0.000"), Format(s.CpuMsPerAnswer, "0.000"), Format(s.AnswersPerSecondTwoThreads, "N0"),
                    Format(s.Memory.PeakResidentMb, "0"), Score(s.Quality.Dev), Score(s.Quality.Extra),
                    Rate(s.Quality.GeneratedIndexed(size.BbcCopies > 0).HitRate, s.Quality.GeneratedIndexed(size.BbcCopies > 0).Questions),
                    Rate(s.Quality.GeneratedNotIndexed(size.BbcCopies > 0).AnsweredRate, s.Quality.GeneratedNotIndexed(size.BbcCopies > 0).Questions),
                    Format(s.ColdFirstAnswerMs, "0"));
            }
        }

        text.Append(answers);
        var builds = report.Sizes.SelectMany(size => size.Systems.Where(s => s.Build is not null).Select(s => (size, s.Build!))).ToList();
        if (builds.Count > 0)
        {
            text.Append("\nLucene.Net index build (from the already cleaned and split sentences)\n");
            var table = new TextTable("size", "documents", "seconds", "documents/s", "index MB");
            foreach (var (size, build) in builds)
            {
                table.Add(size.Label, build.Documents.ToString("N0"), Format(build.Seconds, "0.00"), Format(build.DocumentsPerSecond, "N0"), Format(build.Bytes / 1048576.0, "0.0"));
            }

            text.Append(table);
        }

        text.Append("\nNewsBot against its peers (latency: NewsBot ÷ peer, below 1 is faster; quality: NewsBot − peer, in points)\n");
        var ratios = new TextTable("size", "peer", "questions", "p50 ratio", "p95 ratio", "dev Δ", "extra Δ", "gen hit Δ");
        foreach (var r in report.Ratios)
        {
            ratios.Add(r.Size, r.Peer, r.QuestionsCompared.ToString("N0"), Format(r.P50Ratio, "0.000"), Format(r.P95Ratio, "0.000"),
                Format(r.DevScoreDifference, "+0.0;-0.0;0"), Delta(r.ExtraScoreDifference), Delta(r.GeneratedHitDifference));
        }

        text.Append(ratios);
        text.Append("\nTargets (benchmark issue, this machine)\n");
        var targets = new TextTable("target", "measured", "met", "note");
        foreach (var t in report.Targets)
        {
            targets.Add(t.Target, t.Measured, t.Met switch { true => "yes", false => "NO", null => "-" }, t.Note ?? "");
        }

        text.Append(targets);
        var parity = report.ScorerParity;
        text.Append($"\nToken-set ratio parity: NewsBot's own computation equals FuzzySharp's on {parity.Mismatches switch { 0 => "all", _ => "NOT all" }} {parity.Pairs:N0} sentence pairs")
            .Append($" ({Format(parity.NewsBotMicrosPerPair, "0.0")} µs a pair against {Format(parity.FuzzySharpMicrosPerPair, "0.0")} µs)\n");
        foreach (var example in parity.Examples)
        {
            text.Append($"  MISMATCH {example}\n");
        }

        text.Append(HttpTable(report.Http));
        return text.ToString();
    }

    private static string HttpTable(HttpSection http)
    {
        var text = new StringBuilder($"\nThrough HTTP: /api/messages with expectReplies (answer in the response), Direct Line 3.0 (POST, answer read from the WebSocket)\n");
        text.Append(http.Note).Append('\n')
            .Append($"Each path: {Format(http.WarmUpSeconds, "0")} s warm-up, then {Format(http.WindowSeconds, "0")} s measured; latency from the request to the answer reaching the client; ")
            .Append("host/client CPU ms: processor time of the bot / the load generator per answer in the window\n")
            .Append($"Settings changed for the load test: {string.Join(", ", http.Settings)}\n");
        var table = new TextTable("size", "path", "clients", "answers", "answers/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "host CPU ms", "client CPU ms", "not answers", "errors", "bot peak RSS MB");
        foreach (var run in http.Runs)
        {
            var load = run.Load;
            table.Add(run.Label, run.Path, run.Concurrency.ToString("N0"), load.Answers.ToString("N0"), Format(load.AnswersPerSecond, "N0"),
                Format(load.Latency.P50Ms, "0.0"), Format(load.Latency.P95Ms, "0.0"), Format(load.Latency.P99Ms, "0.0"), Format(load.Latency.MaxMs, "0.0"),
                Format(load.HostCpuMsPerAnswer, "0.00"), Format(load.ClientCpuMsPerAnswer, "0.00"), load.OtherReplies.ToString("N0"), load.Errors.ToString("N0"),
                Format(run.HostPeakRssMb, "0"));
        }

        text.Append(table);
        foreach (var error in http.Runs.SelectMany(r => r.Load.ErrorExamples.Select(e => $"{r.Label}, {r.Path}: {e}")))
        {
            text.Append("  ERROR ").Append(error).Append('\n');
        }

        return text.ToString();
    }

    private static string Score(Runs.SetScore score) =>
        score.Questions == 0 ? "-" : $"{Format(score.Score, "0.0")} ({score.Correct + score.Abstained}/{score.Questions})";

    private static string Rate(double rate, int questions) => questions == 0 ? "-" : Format(rate, "0.0");

    private static string Delta(double value) => double.IsNaN(value) ? "-" : Format(value, "+0.0;-0.0;0");
}
