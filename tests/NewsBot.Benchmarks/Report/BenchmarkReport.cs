using NewsBot.Benchmarks.Runs;

namespace NewsBot.Benchmarks.Report;

// Every figure of one run: what `--json FILE` writes and what the table shows.
internal sealed record BenchmarkReport(
    DateTimeOffset Started,
    MachineInfo Machine,
    RunInfo Run,
    IReadOnlyList<SizeReport> Sizes,
    IReadOnlyList<PeerRatio> Ratios,
    IReadOnlyList<TargetCheck> Targets,
    ParityResult ScorerParity,
    HttpSection Http);

// LoadAverage: the machine's one-minute load average when the run started and ended (/proc/loadavg); above the
// number of cores, other work was competing with the benchmark and wall-clock figures are inflated.
internal sealed record MachineInfo(int Cores, string Os, string Runtime, string Configuration, double? LoadAtStart, double? LoadAtEnd);

internal sealed record RunInfo(bool Quick, bool SharedCorpusFound, string SharedCorpusPath, int Questions, int DevQuestions, int GeneratedQuestions, double TotalSeconds);

internal sealed record SizeReport(string Name, string Label, int BbcCopies, IndexResult Indexing, IReadOnlyList<SystemResult> Systems);

// NewsBot against one peer at one size: latency as a ratio (below 1: NewsBot is faster), quality as a difference in points.
internal sealed record PeerRatio(
    string Size, string Peer, double P50Ratio, double P95Ratio, double DevScoreDifference, double ExtraScoreDifference,
    double GeneratedHitDifference, int QuestionsCompared);

internal sealed record TargetCheck(string Target, string Measured, bool? Met, string? Note = null);

// Item 5 of the benchmark issue: throughput and latency through /api/messages and Direct Line, each run against the real
// bot as its own process. Settings: what the load test changed in the bot's settings besides file paths and the port.
internal sealed record HttpSection(
    bool Measured, string Note, int Concurrency, double WarmUpSeconds, double WindowSeconds, IReadOnlyList<string> Settings, IReadOnlyList<Http.HttpRun> Runs);
