namespace NewsBot.Benchmarks;

// The folder outside the repository where the generated corpora, databases and Lucene indexes go. Only what the
// benchmark itself writes there is ever deleted.
internal sealed class WorkFolder(string root)
{
    public string Root { get; } = root;

    public string Questions => Path.Combine(Root, "questions.json");

    public string Database(string size) => Path.Combine(Root, $"{size}.db");

    public string Lucene(string size) => Path.Combine(Root, $"lucene-{size}");

    // The conversation and Direct Line files of the bot the HTTP measurements start on that size.
    public string HttpState(string size) => Path.Combine(Root, $"http-{size}");

    public void Prepare()
    {
        Directory.CreateDirectory(Root);
        Clean();
    }

    public void Clean()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root).Where(d => Path.GetFileName(d) is var n && (n.StartsWith("corpus-", StringComparison.Ordinal) || n.StartsWith("lucene-", StringComparison.Ordinal) || n.StartsWith("http-", StringComparison.Ordinal))))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(Root).Where(f => Path.GetFileName(f) is var n && (n.Contains(".db", StringComparison.Ordinal) || n.EndsWith(".json", StringComparison.Ordinal))))
        {
            File.Delete(file);
        }
    }
}
