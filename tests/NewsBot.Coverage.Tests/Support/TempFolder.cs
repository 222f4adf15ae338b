namespace NewsBot.Coverage.Tests.Support;

public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public string Write(string name, byte[] bytes)
    {
        var file = File(name);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    public string CopySeeds(string folder = "articles")
    {
        var target = File(folder);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection on another thread; the OS temp cleaner will take it.
        }
    }
}
