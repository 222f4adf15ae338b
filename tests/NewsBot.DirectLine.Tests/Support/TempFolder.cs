using Microsoft.Data.Sqlite;

namespace NewsBot.DirectLine.Tests.Support;

// A fresh folder for one test's SQLite files, removed afterwards.
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsbot-directline-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a stopping host; the temp folder is cleaned by the OS eventually.
        }
    }
}
