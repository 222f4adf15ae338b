using System.Text.Json;

namespace NewsBot.Coverage.Evaluation;

/// <summary>Runs the development questions (<c>questions.dev.json</c>) against the engine.</summary>
public static class DevSetEvaluator
{
    /// <summary>True when the file is a development question set rather than answer-sentence-selection lines.</summary>
    public static bool IsDevSet(string path)
    {
        using var stream = File.OpenRead(path);
        var first = stream.ReadByte();
        while (first is ' ' or '\n' or '\r' or '\t')
        {
            first = stream.ReadByte();
        }

        if (first != '{')
        {
            return false;
        }

        stream.Position = 0;
        using var reader = new StreamReader(stream);
        var firstLine = reader.ReadLine() ?? "";
        return !firstLine.TrimEnd().EndsWith('}');
    }

    /// <summary>Asks every question and scores the answers.</summary>
    public static async Task<DevSetReport> RunAsync(ICoverage coverage, string path, CancellationToken cancellationToken = default)
    {
        var questions = Load(path);
        var failures = new List<DevSetFailure>();
        int answerable = 0, correct = 0, unanswerable = 0, abstainedRight = 0, abstainedTotal = 0, citations = 0, goodCitations = 0;
        foreach (var item in questions)
        {
            var answer = await coverage.AnswerAsync(item.Question, AnswerOptions.Default, cancellationToken);
            var abstained = answer.Status != AnswerStatus.Answered;
            abstainedTotal += abstained ? 1 : 0;
            if (item.Expected is null)
            {
                unanswerable++;
                if (abstained)
                {
                    abstainedRight++;
                }
                else
                {
                    failures.Add(new DevSetFailure(item.Question, null, "answered a question the articles do not answer", answer));
                }

                continue;
            }

            answerable++;
            citations += answer.Citations.Count;
            goodCitations += answer.Citations.Count(c => Supports(c, item.Sources));
            var why = Judge(item, answer);
            if (why is null)
            {
                correct++;
            }
            else
            {
                failures.Add(new DevSetFailure(item.Question, item.Expected, why, answer));
            }
        }

        return new DevSetReport(answerable, correct, citations == 0 ? 0 : (double)goodCitations / citations,
            abstainedTotal == 0 ? 1 : (double)abstainedRight / abstainedTotal, unanswerable == 0 ? 1 : (double)abstainedRight / unanswerable,
            unanswerable, abstainedRight, failures);
    }

    private static string? Judge(DevQuestion item, Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered)
        {
            return $"abstained ({answer.Status}, confidence {answer.Confidence})";
        }

        var reply = $"{answer.Text} {answer.Sentence}";
        if (!item.Expected!.Any(e => reply.Contains(e, StringComparison.OrdinalIgnoreCase)))
        {
            return "the reply does not contain an expected answer";
        }

        if (answer.Citations.Count == 0)
        {
            return "no citation";
        }

        var wrong = answer.Citations.Where(c => !Supports(c, item.Sources)).Select(c => c.Source).ToList();
        return wrong.Count > 0 ? $"cites a source that does not support the answer: {string.Join(", ", wrong)}" : null;
    }

    private static bool Supports(Citation citation, IReadOnlyList<string> sources) =>
        sources.Any(s => citation.Source.StartsWith(s, StringComparison.Ordinal));

    private static List<DevQuestion> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("questions", out var questions) || questions.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path}: expected an object with a \"questions\" array.");
        }

        var items = new List<DevQuestion>();
        foreach (var q in questions.EnumerateArray())
        {
            var text = q.GetProperty("q").GetString() ?? throw new FormatException($"{path}: a question without \"q\".");
            List<string>? expected = q.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
                : null;
            var sources = q.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
                : [];
            items.Add(new DevQuestion(text, expected, sources));
        }

        return items;
    }

    private sealed record DevQuestion(string Question, List<string>? Expected, List<string> Sources);
}
