namespace NewsBot.Hosting;

// The repository's top-level appsettings.json is the one settings file. Under `dotnet run` from the repository it is
// found in the working directory; from the test host or a published folder, beside the binaries (the build copies
// it there). Relative paths inside it are relative to the repository root when run from a clone.
internal static class SettingsFile
{
    public const string FileName = "appsettings.json";

    public static string Locate(string contentRoot)
    {
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, FileName)) && File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return Path.Combine(directory.FullName, FileName);
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        return File.Exists(beside) ? beside : Path.Combine(contentRoot, FileName);
    }

    // Where relative paths of the settings point: the folder of the settings file, unless that is the build output,
    // in which case the repository it was built from (found by walking up to NewsBot.sln).
    public static string BaseDirectory(string settingsPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(settingsPath))!;
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        return folder;
    }

    public static string Resolve(string baseDirectory, string path) =>
        string.IsNullOrEmpty(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(baseDirectory, path));
}
