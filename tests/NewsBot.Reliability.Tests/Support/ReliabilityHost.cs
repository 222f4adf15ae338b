using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

using NewsBot.Tests.Support;

namespace NewsBot.Reliability.Tests.Support;

// The real NewsBot host on Kestrel at 127.0.0.1 with its SQLite files in a fresh folder, the seed articles, a Direct
// Line secret, every log line captured at every level, and optionally a fake clock.
public sealed class ReliabilityHost : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "direct-line-secret-that-must-never-leak-51d0e2";

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings;

    public ReliabilityHost(IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null)
    {
        Clock = clock;
        var defaults = new Dictionary<string, string?>
        {
            ["Coverage:SeedsPath"] = Repository.Seeds,
            ["DirectLine:Secret"] = DirectLineSecret,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        };
        _settings = LoopbackHost.Settings(_folder.Path, defaults.Concat(settings ?? new Dictionary<string, string?>()));

        UseKestrel(0);
    }

    public FakeTimeProvider? Clock { get; }

    public CapturedLogs Logs { get; } = new();

    public Uri BaseAddress => this.Address();

    // A client whose every response is kept for the secret scan.
    public HttpClient CreateRecordingClient(ResponseRecorder recorder) =>
        new(new RecordingHandler(recorder)) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
