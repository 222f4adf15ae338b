namespace NewsBot.DirectLine.Tests.Support;

// Paths in the clone the tests were built from.
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Scripts => Path.Combine(Root, "tests", "NewsBot.DirectLine.Tests", "js");

    public static string Seeds => Path.Combine(Root, "seeds");

    // Screenshots and other artifacts: TestResults/ is ignored by git.
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(Root, "tests", "NewsBot.DirectLine.Tests", "TestResults");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsBot.sln above {AppContext.BaseDirectory}.");
    }
}
