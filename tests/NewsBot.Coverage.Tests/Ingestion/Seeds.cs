using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Ingestion;

// The repository's seed articles by their number prefix ("004").
internal static class Seeds
{
    public static string Directory => RepositoryPaths.Seeds;

    public static string PathOf(string prefix) =>
        System.IO.Directory.EnumerateFiles(Directory, prefix + "_*.txt").Single();

    public static string Text(string prefix) => File.ReadAllText(PathOf(prefix));
}
