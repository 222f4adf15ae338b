using System.Diagnostics;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Questions;

namespace NewsBot.Benchmarks.Runs;

// Asks one system every question once, timing each answer on one thread, then measures answers per second on two.
internal static class AnswerBench
{
    public static async Task<SystemResult> RunAsync(Func<IAnswerSystem> open, AnswerRequest request, CancellationToken cancellationToken)
    {
        var questions = BenchJson.Read<List<BenchQuestion>>(request.QuestionsPath).Take(request.MaxQuestions).ToList();
        var coldStart = Stopwatch.GetTimestamp();
        using var system = open();
        if (questions.Count > 0)
        {
            await system.AskAsync(questions[0].Text, cancellationToken);
        }

        var coldMs = Stopwatch.GetElapsedTime(coldStart).TotalMilliseconds - (system.Build?.Seconds * 1000 ?? 0);
        foreach (var question in questions.Take(request.WarmUp))
        {
            await system.AskAsync(question.Text, cancellationToken);
        }

        var ticks = new List<long>(questions.Count);
        var tally = new QualityTally();
        var cpu = MemoryStats.ProcessorTime();
        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            var reply = await system.AskAsync(question.Text, cancellationToken);
            ticks.Add(Stopwatch.GetTimestamp() - start);
            tally.Add(question, reply);
        }

        var cpuMs = questions.Count == 0 ? 0 : (MemoryStats.ProcessorTime() - cpu).TotalMilliseconds / questions.Count;
        var perSecond = await Throughput.MeasureAsync(questions, Math.Min(request.ThroughputAnswers, questions.Count * 2), 2,
            q => system.AskAsync(q.Text, cancellationToken), cancellationToken);
        return new SystemResult(system.Name, LatencyStats.Of(ticks), cpuMs, perSecond, tally.Result(), MemoryStats.Now(), coldMs, system.Build);
    }
}
