using System.Diagnostics;
using System.Runtime.InteropServices;
using NewsBot.Benchmarks.Corpora;
using NewsBot.Benchmarks.Http;
using NewsBot.Benchmarks.Questions;
using NewsBot.Benchmarks.Report;
using NewsBot.Benchmarks.Runs;

namespace NewsBot.Benchmarks;

// One benchmark run: write the corpora, index each size in a process of its own, make the questions, let every
// system answer them at every size, then print the table (and write the JSON).
internal static class Benchmark
{
    private const int QuestionSeed = 20_260_523;

    public static async Task<int> RunAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = LoadAverage();
        var layout = RepositoryLayout.Find();
        if (layout.Contains(settings.WorkFolder))
        {
            throw new ArgumentException($"The work folder {settings.WorkFolder} is inside the repository; choose one outside it.");
        }

        var work = new WorkFolder(settings.WorkFolder);
        work.Prepare();
        if (!layout.HasSharedCorpus)
        {
            await Console.Out.WriteLineAsync($"note: {layout.SharedCorpus} not found; the seeds+BBC and large sizes need it. Measuring the seeds only.");
        }

        try
        {
            var indexed = await IndexSizesAsync(layout, settings, work, cancellationToken);
            var questions = MakeQuestions(layout, settings, work, indexed);
            BenchJson.Write(work.Questions, questions);
            var parity = ScorerParity.Check(questions.Where(q => q.FromSentence is not null).Select(q => q.FromSentence!).ToList(), settings.Quick ? 2_000 : 20_000, QuestionSeed);
            var sizes = new List<SizeReport>();
            foreach (var (size, indexing) in indexed)
            {
                var systems = settings.HttpOnly ? [] : await AnswerAsync(size, questions, settings, work, cancellationToken);
                sizes.Add(new SizeReport(size.Name, size.Label, size.BbcCopies, indexing, systems));
            }

            var http = await HttpBench.RunAsync(indexed, questions, settings, work, cancellationToken);

            var report = new BenchmarkReport(
                started,
                new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, Environment.Version.ToString(), Configuration(), loadAtStart, LoadAverage()),
                new RunInfo(settings.Quick, layout.HasSharedCorpus, layout.SharedCorpus, questions.Count, questions.Count(q => q.IsDevSet),
                    questions.Count(q => !q.IsDevSet), stopwatch.Elapsed.TotalSeconds),
                sizes,
                Verdicts.Ratios(sizes),
                Verdicts.Targets(sizes, http),
                parity,
                http);
            await Console.Out.WriteLineAsync("\n" + ReportPrinter.Print(report));
            if (settings.JsonPath is not null)
            {
                BenchJson.Write(settings.JsonPath, report);
                await Console.Out.WriteLineAsync($"Wrote {settings.JsonPath}");
            }

            // A bot that answered nothing through HTTP, or failed requests, fails the run like a scorer mismatch.
            var httpFailed = http.Runs.Where(r => r.Load.Answers == 0 || r.Load.Errors > 0).ToList();
            foreach (var run in httpFailed)
            {
                await Console.Error.WriteLineAsync($"HTTP: {run.Label} through {run.Path}: {run.Load.Answers} answers, {run.Load.Errors} failed requests.");
            }

            return parity.Mismatches == 0 && httpFailed.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (!settings.Keep)
            {
                work.Clean();
            }
        }
    }

    private static async Task<List<(CorpusSize Size, IndexResult Indexing)>> IndexSizesAsync(
        RepositoryLayout layout, BenchmarkSettings settings, WorkFolder work, CancellationToken cancellationToken)
    {
        var indexed = new List<(CorpusSize, IndexResult)>();
        async Task<IndexResult> IndexAsync(CorpusSize size)
        {
            await Console.Out.WriteLineAsync($"indexing {size.Label} ...");
            var result = await ChildProcess.RunAsync<IndexRequest, IndexResult>("index", new IndexRequest(size.Folder, work.Database(size.Name)), work.Root, size.Name, cancellationToken);
            indexed.Add((size, result));
            await Console.Out.WriteLineAsync($"  {result.Sentences:N0} sentences in {result.Seconds:0.00} s ({result.SentencesPerSecond:N0} sentences/s)");
            return result;
        }

        var seeds = await IndexAsync(CorpusWriter.Write(layout, work.Root, "seeds", "seeds", 0));
        if (!layout.HasSharedCorpus)
        {
            return indexed;
        }

        var bbc = await IndexAsync(CorpusWriter.Write(layout, work.Root, "bbc", "seeds + BBC", 1));
        var perCopy = Math.Max(1, bbc.Sentences - seeds.Sentences);
        var copies = Math.Max(2, (int)Math.Ceiling((settings.LargeSentences - seeds.Sentences) / (double)perCopy));
        await IndexAsync(CorpusWriter.Write(layout, work.Root, "large", $"seeds + BBC ×{copies}", copies));
        return indexed;
    }

    // The same questions at every size: the dev and held-out questions, then questions made from the seeds'
    // sentences and from the BBC's, alternately.
    private static List<BenchQuestion> MakeQuestions(RepositoryLayout layout, BenchmarkSettings settings, WorkFolder work, List<(CorpusSize Size, IndexResult Indexing)> indexed)
    {
        var questions = DevQuestions.Load(layout.DevQuestions, BenchQuestion.Dev).Concat(DevQuestions.Load(layout.ExtraQuestions, BenchQuestion.Extra)).ToList();
        var widest = indexed.Count > 1 ? indexed[1].Size : indexed[0].Size;
        var (texts, sources) = IndexedSentences.Load(work.Database(widest.Name));
        var fromSeeds = texts.Where((_, i) => !sources[i].StartsWith("bbc/", StringComparison.Ordinal)).ToList();
        var fromBbc = texts.Where((_, i) => sources[i].StartsWith("bbc/", StringComparison.Ordinal)).ToList();
        var half = fromBbc.Count == 0 ? settings.GeneratedQuestions : settings.GeneratedQuestions / 2;
        var seeds = QuestionGenerator.Generate(fromSeeds, half, QuestionSeed, "generated-seeds");
        var bbc = QuestionGenerator.Generate(fromBbc, settings.GeneratedQuestions - seeds.Count, QuestionSeed + 1, "generated-bbc");
        for (var i = 0; i < Math.Max(seeds.Count, bbc.Count); i++)
        {
            questions.AddRange(new[] { seeds.ElementAtOrDefault(i), bbc.ElementAtOrDefault(i) }.OfType<BenchQuestion>());
        }

        return questions;
    }

    private static async Task<List<SystemResult>> AnswerAsync(CorpusSize size, List<BenchQuestion> questions, BenchmarkSettings settings, WorkFolder work, CancellationToken cancellationToken)
    {
        var all = questions.Count;
        var runs = new List<(string Kind, int Questions, int Throughput)> { ("newsbot", all, 2 * all), ("lucene", all, 2 * all) };
        var devQuestions = questions.Count(q => q.IsDevSet);
        if (size.Name == "seeds")
        {
            runs.Add(("fuzzy", devQuestions + (settings.Quick ? 10 : 100), settings.Quick ? 20 : 100));
        }
        else if (size.Name == "bbc")
        {
            runs.Add(("fuzzy", settings.FuzzyLargeQuestions, settings.Quick ? 2 : 4));
        }

        var results = new List<SystemResult>();
        foreach (var (kind, count, throughput) in runs)
        {
            await Console.Out.WriteLineAsync($"answering {size.Label} with {kind} ({count} questions) ...");
            // NewsBot and Lucene answer every question once untimed; FuzzySharp, seconds a question, only a few.
            var warmUp = kind == "fuzzy" ? Math.Min(30, count / 4) : count;
            var request = new AnswerRequest(work.Database(size.Name), work.Questions, work.Lucene(size.Name), count, throughput, warmUp);
            results.Add(await ChildProcess.RunAsync<AnswerRequest, SystemResult>(kind, request, work.Root, size.Name, cancellationToken));
        }

        return results;
    }

    private static double? LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static string Configuration() =>
#if DEBUG
        "Debug build (figures are not representative: use -c Release)";
#else
        "Release";
#endif
}
