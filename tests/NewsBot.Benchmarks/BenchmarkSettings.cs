using System.Globalization;

namespace NewsBot.Benchmarks;

// What one benchmark run measures, from its command line.
internal sealed record BenchmarkSettings(
    bool Quick,
    string? JsonPath,
    string WorkFolder,
    bool Keep,
    int LargeSentences,
    int GeneratedQuestions,
    int FuzzyLargeQuestions,
    int Concurrency,
    int HttpSeconds,
    bool HttpOnly = false,
    bool ShowHelp = false)
{
    public const string Usage =
        """
        NewsBot benchmarks: indexing, answer latency, quality under distractors, and Lucene.Net / FuzzySharp peers.

          dotnet run -c Release --project tests/NewsBot.Benchmarks -- [--quick] [--json FILE] [--work DIR] [--keep]
                     [--large SENTENCES] [--questions N] [--clients N] [--http-seconds N] [--http-only]

          --quick          small sizes and fewer questions (under two minutes; what CI runs as a smoke test)
          --json FILE      also write every figure as one JSON object to FILE
          --work DIR       where the generated corpora and indexes go (default: a folder in the system temp folder)
          --keep           keep the work folder afterwards
          --large N        sentences of the largest size (default 1000000; --quick: 60000, two copies of the BBC)
          --questions N    questions generated from corpus sentences, besides the dev questions (default 500; --quick: 60)
          --clients N      concurrent clients of the HTTP measurements, each its own conversation (default 16)
          --http-seconds N measured seconds per HTTP path and size, after a warm-up (default 15; --quick: 3)
          --http-only      index, then measure through HTTP only (skips in-process answering and the peers)

        The large sizes need ../shared/corpus/bbc-news.jsonl beside the repository; without it only the seeds are measured.
        """;

    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var settings = new BenchmarkSettings(
            quick, null, Path.Combine(Path.GetTempPath(), "newsbot-bench"), false,
            quick ? 60_000 : 1_000_000, quick ? 60 : 500, quick ? 2 : 24, 16, quick ? 3 : 15);
        for (var i = 0; i < args.Count; i++)
        {
            settings = args[i] switch
            {
                "--quick" => settings,
                "--keep" => settings with { Keep = true },
                "--help" or "-h" => settings with { ShowHelp = true },
                "--json" => settings with { JsonPath = Path.GetFullPath(Value(args, ++i)) },
                "--work" => settings with { WorkFolder = Path.GetFullPath(Value(args, ++i)) },
                "--large" => settings with { LargeSentences = Number(args, ++i, 10_000, 5_000_000) },
                "--questions" => settings with { GeneratedQuestions = Number(args, ++i, 0, 100_000) },
                "--clients" => settings with { Concurrency = Number(args, ++i, 1, 1_000) },
                "--http-seconds" => settings with { HttpSeconds = Number(args, ++i, 1, 3_600) },
                "--http-only" => settings with { HttpOnly = true },
                var other => throw new ArgumentException($"Unknown argument '{other}'."),
            };
        }

        return settings;
    }

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count && !args[i].StartsWith("--", StringComparison.Ordinal)
            ? args[i]
            : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Number(IReadOnlyList<string> args, int i, int min, int max)
    {
        var text = Value(args, i);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{args[i - 1]} takes a whole number from {min} to {max} (was '{text}').");
    }
}
