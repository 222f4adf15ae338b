namespace NewsBot.Reliability.Tests.Support;

// Paths in the clone the tests run from, found by walking up from the test binaries to NewsBot.sln.
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    // The host's entry assembly beside the test binaries (the project reference copies it there).
    public static string NewsBotDll => Path.Combine(AppContext.BaseDirectory, "NewsBot.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
