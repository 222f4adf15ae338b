using System.Text;
using System.Text.Json;

namespace NewsBot.Reliability.Tests.Ingestion;

// A folder of articles as people really leave them: the seeds, plus files that are empty, binary, not UTF-8, too big,
// copies of another article, and JSON-lines files with damaged lines and ids used twice.
internal static class FaultyFolder
{
    public const string Latin1Source = "latin1.txt";
    public const string Utf16Source = "utf16.txt";

    // The files each bad case is about, and a word its warning or skip reason must contain.
    public static readonly IReadOnlyDictionary<string, string> Refusals = new Dictionary<string, string>
    {
        ["empty.txt"] = "empty",
        ["blank.txt"] = "whitespace",
        ["binary.txt"] = "binary",
        ["image.txt"] = "binary",
        ["huge.txt"] = "limit",
        ["copy-of-000.txt"] = "same text",
        ["broken.jsonl line 2"] = "not a valid JSON",
        ["broken.jsonl line 3"] = "not a valid JSON",
        ["broken.jsonl line 4"] = "no \"text\"",
        ["wire-b.jsonl"] = "already has an article with this id",
        ["latin1.txt"] = "Windows-1252",
    };

    // Articles that must be in the index afterwards, besides the five seeds.
    public static readonly IReadOnlyList<string> Indexed = [Latin1Source, Utf16Source, "wire-1", "wire-2", "ok-1", "ok-2"];

    public static void Write(string folder, string seeds)
    {
        foreach (var file in Directory.EnumerateFiles(seeds))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var random = new Random(6);
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllText(Path.Combine(folder, "blank.txt"), " \r\n\t \n\n   ");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), Bytes(random, 64 * 1024, withNul: true));
        File.WriteAllBytes(Path.Combine(folder, "image.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Bytes(random, 4096, withNul: false)]);
        WriteHuge(Path.Combine(folder, "huge.txt"), 21 * 1024 * 1024);
        File.Copy(Path.Combine(seeds, Directory.EnumerateFiles(seeds, "000_*.txt").Select(Path.GetFileName).Single()!), Path.Combine(folder, "copy-of-000.txt"));
        File.WriteAllBytes(Path.Combine(folder, Latin1Source), Encoding.Latin1.GetBytes(
            "Le Monde\n\nTalks in Genève\n\nThe café owners in Genève said the délégation arrived on Sunday. Négociations resumed at the Hôtel du Parc on Monday morning.\n"));
        File.WriteAllBytes(Path.Combine(folder, Utf16Source), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(
            "Wire Service\n\nA ferry strike\n\nThe harbour ferry crews walked out on Tuesday over pay. The strike left islanders without a crossing for two days.\n")]);
        File.WriteAllLines(Path.Combine(folder, "broken.jsonl"),
        [
            Line("ok-1", "The orchestra postponed its winter tour after the conductor fell ill. Tickets will be refunded by the box office."),
            "{\"id\":\"cut-off\",\"text\":\"The line ends in the mid",
            Encoding.Latin1.GetString(Bytes(random, 300, withNul: true)).Replace('\n', ' '),
            "{\"id\":\"no-text\",\"title\":\"Nothing here\"}",
            Line("ok-2", "The city council approved the new tram line by nine votes to four. Construction starts in the spring."),
        ]);
        File.WriteAllLines(Path.Combine(folder, "wire-a.jsonl"), [Line("wire-1", "The river burst its banks after three days of rain. Dozens of homes were evacuated overnight."), Line("wire-2", "Farmers blocked the motorway with tractors on Friday. Police diverted traffic through the villages.")]);
        File.WriteAllLines(Path.Combine(folder, "wire-b.jsonl"), [Line("wire-1", "A different story under the same id: the museum reopened after renovation. Visitors queued around the block.")]);
    }

    private static string Line(string id, string text) => JsonSerializer.Serialize(new { id, title = id, outlet = "Wire", date = "2024-05-01", text });

    private static byte[] Bytes(Random random, int count, bool withNul)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        if (withNul)
        {
            bytes[count / 2] = 0;
        }

        return bytes;
    }

    // Real sentences, over the 20 MB a single article may take.
    private static void WriteHuge(string path, int bytes)
    {
        using var writer = new StreamWriter(path);
        var sentence = "The committee met again today and discussed the budget at length. ";
        for (var written = 0; written < bytes; written += sentence.Length)
        {
            writer.Write(sentence);
        }
    }
}
