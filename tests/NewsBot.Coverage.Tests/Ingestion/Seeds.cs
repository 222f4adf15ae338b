namespace NewsBot.Coverage.Tests.Ingestion;

// The repository's seed articles, found by walking up from the test binaries to the folder that holds NewsBot.sln.
internal static class Seeds
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "seeds");

    public static string PathOf(string prefix) =>
        System.IO.Directory.EnumerateFiles(Directory, prefix + "_*.txt").Single();

    public static string Text(string prefix) => File.ReadAllText(PathOf(prefix));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsBot.sln above {AppContext.BaseDirectory}.");
    }
}
