using System.Text.Json;
using NewsBot.Coverage.Ingestion;

namespace NewsBot.Benchmarks.Corpora;

// Writes the corpora the benchmark indexes, outside the repository: the seeds as they are, then the BBC corpus as it
// is, then further copies of it with distinct ids. The engine rightly skips an article whose text it already holds,
// so each further copy prints every article's sentences in another order: the same sentences, the same words, a
// different text.
internal static class CorpusWriter
{
    public static CorpusSize Write(RepositoryLayout layout, string workFolder, string name, string label, int bbcCopies)
    {
        var folder = Path.Combine(workFolder, "corpus-" + name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(layout.Seeds))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        if (bbcCopies > 0)
        {
            File.Copy(layout.SharedCorpus, Path.Combine(folder, "bbc-00.jsonl"));
            var lines = File.ReadAllLines(layout.SharedCorpus);
            Parallel.For(1, bbcCopies, copy => WriteCopy(lines, copy, Path.Combine(folder, $"bbc-{copy:00}.jsonl")));
        }

        return new CorpusSize(name, label, folder, bbcCopies);
    }

    private static void WriteCopy(string[] lines, int copy, string path)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        for (var n = 0; n < lines.Length; n++)
        {
            using var article = JsonDocument.Parse(lines[n]);
            var root = article.RootElement;
            writer.WriteStartObject();
            writer.WriteString("id", $"{root.GetProperty("id").GetString()}~{copy:00}");
            writer.WriteString("title", root.GetProperty("title").GetString());
            writer.WriteString("outlet", root.GetProperty("outlet").GetString());
            writer.WriteNull("date");
            writer.WriteString("text", Reordered(root.GetProperty("text").GetString() ?? "", new Random((copy * 100_003) + n)));
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }
    }

    // The article's sentences shuffled, poured back into paragraphs of the original sizes.
    private static string Reordered(string text, Random random)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(SentenceSplitter.Split)
            .Where(p => p.Count > 0)
            .ToList();
        var sentences = paragraphs.SelectMany(p => p).ToArray();
        random.Shuffle(sentences);
        var rebuilt = new List<string>(paragraphs.Count);
        var next = 0;
        foreach (var paragraph in paragraphs)
        {
            rebuilt.Add(string.Join(' ', sentences.AsSpan(next, paragraph.Count).ToArray()));
            next += paragraph.Count;
        }

        return string.Join("\n\n", rebuilt);
    }
}
