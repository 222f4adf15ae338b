using System.Text.Json;

namespace NewsBot.Benchmarks.Questions;

// The project's question sets (questions.dev.json and its held-out sibling) in the form every system is judged on.
internal static class DevQuestions
{
    public static List<BenchQuestion> Load(string path, string set)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("questions").EnumerateArray()
            .Select(q => new BenchQuestion(
                q.GetProperty("q").GetString() ?? "",
                set,
                q.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : null,
                q.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [],
                null))
            .ToList();
    }
}
