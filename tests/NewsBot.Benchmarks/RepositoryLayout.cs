namespace NewsBot.Benchmarks;

// Where the repository's seeds and question sets are, and the shared corpus beside the repository (if it is there).
internal sealed record RepositoryLayout(string Root)
{
    public string Seeds => Path.Combine(Root, "seeds");

    public string DevQuestions => Path.Combine(Root, "tests", "NewsBot.Coverage.Tests", "Data", "questions.dev.json");

    public string ExtraQuestions => Path.Combine(Root, "tests", "NewsBot.Coverage.Tests", "Data", "questions.extra.json");

    public string AnswersInTheBbc => Path.Combine(Root, "tests", "NewsBot.Benchmarks", "Questions", "answers-in-the-bbc.json");

    public string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "bbc-news.jsonl"));

    public bool HasSharedCorpus => File.Exists(SharedCorpus);

    public static RepositoryLayout Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
                {
                    return new RepositoryLayout(directory.FullName);
                }
            }
        }

        throw new InvalidOperationException($"Could not find the repository root (NewsBot.sln) above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }

    public bool Contains(string path)
    {
        var root = Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal);
    }
}
