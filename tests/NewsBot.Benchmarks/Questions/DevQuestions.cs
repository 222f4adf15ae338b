using System.Text.Json;

namespace NewsBot.Benchmarks.Questions;

// The project's question sets (questions.dev.json and its held-out sibling) in the form every system is judged on.
internal static class DevQuestions
{
    public static List<BenchQuestion> Load(string path, string set)
    {
        var inBbc = Read(RepositoryLayout.Find().AnswersInTheBbc)
            .ToDictionary(q => q.Text, q => q.Answer, StringComparer.Ordinal);
        return Read(path)
            .Select(q => new BenchQuestion(q.Text, set, q.Answer, q.Sources, null, q.Answer is null ? inBbc.GetValueOrDefault(q.Text) : null))
            .ToList();
    }

    private static List<(string Text, List<string>? Answer, List<string> Sources)> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("questions").EnumerateArray()
            .Select(q => (
                q.GetProperty("q").GetString() ?? "",
                q.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : null,
                q.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : []))
            .ToList();
    }
}
