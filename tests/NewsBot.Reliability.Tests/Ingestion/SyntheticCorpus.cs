using System.Text;
using System.Text.Json;

namespace NewsBot.Reliability.Tests.Ingestion;

// A big folder of JSON-lines articles, generated: version 1 has six sentences an article in its first files, version 2
// twelve other sentences for the same ids and two more files of new articles. Every sentence of an article carries
// its marker word, so a full-text search for the marker finds exactly that article's sentences.
internal static class SyntheticCorpus
{
    public const int Files = 5;
    public const int ArticlesPerFile = 800;
    public const int Version1Files = 4;

    private static readonly string[] Names = ["Ana", "Boris", "Chen", "Dara", "Elif", "Femi", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena"];
    private static readonly string[] Words = ["talks", "envoy", "border", "troops", "summit", "treaty", "harbour", "airport", "budget", "council", "river", "storm", "ferry", "tram"];

    public static string Marker(int article) => $"mark{article}q";

    public static void Write(string folder, int version)
    {
        var files = version == 1 ? Version1Files : Files;
        for (var file = 0; file < files; file++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < ArticlesPerFile; i++)
            {
                var article = (file * ArticlesPerFile) + i;
                text.Append(JsonSerializer.Serialize(new
                {
                    id = $"article-{article}",
                    title = $"Report {article}",
                    outlet = $"Wire {article % 3}",
                    date = "2024-01-02",
                    text = Text(article, version),
                })).Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, $"part-{file}.jsonl"), text.ToString());
        }
    }

    private static string Text(int article, int version)
    {
        var random = new Random((article * 7) + version);
        var sentences = Enumerable.Range(0, version == 1 ? 6 : 12).Select(s =>
            $"{Names[random.Next(Names.Length)]} said the {Words[random.Next(Words.Length)]} {Marker(article)} was {Words[random.Next(Words.Length)]} on day {s} of version {version}.");
        return string.Join(' ', sentences);
    }
}
