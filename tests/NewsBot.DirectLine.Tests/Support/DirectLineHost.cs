using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Dialogs;
using NewsBot.Protocol.Turns;

using NewsBot.Tests.Support;

namespace NewsBot.DirectLine.Tests.Support;

// The real NewsBot host on Kestrel at 127.0.0.1 (a free port), its SQLite files in a fresh folder, answering with the
// real NewsBot conversation over the seed articles. Tests may pin the clock or set Direct Line settings.
public sealed class DirectLineHost : WebApplicationFactory<Program>
{
    public const string Secret = "directline-test-secret-0123456789";

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly IBot? _bot;
    private readonly bool _record;

    public DirectLineHost(IDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, IBot? bot = null, bool record = false)
    {
        Clock = clock;
        _bot = bot;
        _record = record;
        var defaults = new Dictionary<string, string?>
        {
            ["Coverage:SeedsPath"] = Repository.Seeds,
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:AllowedOrigins:0"] = "https://news.example.com",
        };
        _settings = LoopbackHost.Settings(_folder.Path, defaults.Concat(settings ?? new Dictionary<string, string?>()));

        UseKestrel(0);
    }

    public FakeTimeProvider? Clock { get; }

    // Set by Recording(): the real bot, noting what it received.
    public RecordingBot? Recorder { get; private set; }

    public string DatabasePath => _settings["DirectLine:DatabasePath"]!;

    public Uri BaseAddress => this.Address();

    public DirectLineRest Rest() => new(new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            if (!services.Any(descriptor => descriptor.ServiceType == typeof(IBot)))
            {
                // Until the host registers the bot itself: the same NewsBot conversation it will register.
                services.AddNewsBotDialogs().Configure(options => options.DatabasePath = _settings["Conversation:DatabasePath"]!);
            }

            if (_bot is not null)
            {
                services.AddSingleton(_bot);
            }
            else if (_record)
            {
                services.AddSingleton<IBot>(provider => Recorder = new RecordingBot(provider.GetRequiredService<NewsBotHandler>()));
            }
        });
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
