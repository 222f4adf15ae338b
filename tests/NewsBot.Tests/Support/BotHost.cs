using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Tests.Support;

// The real NewsBot host on a real Kestrel bound to 127.0.0.1, with its SQLite files in a fresh temp folder and the
// repository's seed articles.
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotHost(IDictionary<string, string?>? settings = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "newsbot-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _settings = LoopbackHost.Settings(Folder, settings);

        UseKestrel(0);
    }

    public string Folder { get; }

    public Uri BaseAddress => this.Address();

    public HttpClient CreateLoopbackClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background task of the stopped host; the OS temp cleaner will take it.
            }
        }
    }
}
