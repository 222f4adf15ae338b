using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Connector;

namespace NewsBot.Protocol.Tests.Support;

/// <summary>
/// A local Bot Framework world: a fake clock, locally generated signing keys served as OpenID metadata + JWKS,
/// a token endpoint and a Connector endpoint, all through one <see cref="StubHttpHandler"/>.
/// </summary>
internal sealed class TestBed
{
    public const string AppId = "0b5f5a6e-0000-4000-8000-00000000b0b0";
    public const string AppPassword = "never-log-this-secret";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string EmulatorServiceUrl = "http://localhost:52345";

    private int _tokensIssued;

    public TestBed(bool anonymous = false)
    {
        Options = new BotAuthenticationOptions
        {
            MicrosoftAppId = anonymous ? null : AppId,
            MicrosoftAppPassword = anonymous ? null : AppPassword,
            ChannelOpenIdMetadataUrl = "https://login.test/channel/openid",
            EmulatorOpenIdMetadataUrl = "https://login.test/emulator/openid",
            TokenEndpoint = "https://login.test/{tenant}/token",
        };
        Http.Respond = request => Task.FromResult(Answer(request));
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public StubHttpHandler Http { get; } = new();

    public BotAuthenticationOptions Options { get; }

    public List<TestKey> ChannelKeys { get; } = [new("channel-key-1", "msteams", "webchat", "directline")];

    public List<TestKey> EmulatorKeys { get; } = [new("emulator-key-1")];

    public Func<RecordedRequest, HttpResponseMessage> ConnectorAnswer { get; set; } =
        _ => StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"reply-1"}""");

    public IEnumerable<RecordedRequest> ConnectorRequests => Http.Requests.Where(request => request.Uri.Host != "login.test");

    public int Fetches(string path) => Http.Requests.Count(request => request.Uri.Host == "login.test" && request.Uri.AbsolutePath == path);

    public TokenSpec ChannelToken() => new()
    {
        Key = ChannelKeys[0],
        Issuer = ChannelIssuer,
        Audience = AppId,
        NotBefore = Clock.GetUtcNow().AddMinutes(-1),
        Expires = Clock.GetUtcNow().AddHours(1),
        Claims = new() { ["serviceurl"] = TeamsServiceUrl },
    };

    public TokenSpec EmulatorToken(string version, string? tenant = null) => new()
    {
        Key = EmulatorKeys[0],
        Issuer = version == "2.0"
            ? $"https://login.microsoftonline.com/{tenant ?? "f8cdef31-a31e-4b4a-93e4-5f571e91255a"}/v2.0"
            : $"https://sts.windows.net/{tenant ?? "d6d49420-f39b-4df7-a1dc-d59a935871db"}/",
        Audience = AppId,
        NotBefore = Clock.GetUtcNow().AddMinutes(-1),
        Expires = Clock.GetUtcNow().AddHours(1),
        Claims = version == "2.0"
            ? new() { ["ver"] = "2.0", ["azp"] = AppId, ["tid"] = tenant ?? "f8cdef31-a31e-4b4a-93e4-5f571e91255a" }
            : new() { ["ver"] = "1.0", ["appid"] = AppId, ["tid"] = tenant ?? "d6d49420-f39b-4df7-a1dc-d59a935871db" },
    };

    public ChannelAuthenticator CreateAuthenticator() =>
        new(Http.CreateClient(), Microsoft.Extensions.Options.Options.Create(Options), Clock, NullLogger<ChannelAuthenticator>.Instance);

    public BotTokenProvider CreateTokenProvider() =>
        new(Http.CreateClient(), Microsoft.Extensions.Options.Options.Create(Options), Clock, NullLogger<BotTokenProvider>.Instance);

    public ChannelAdapter CreateAdapter()
    {
        IOptions<BotAuthenticationOptions> options = Microsoft.Extensions.Options.Options.Create(Options);
        var policy = new ServiceUrlPolicy(options);
        var trust = new ServiceUrlTrust();
        var connectors = new ConnectorClientFactory(Http.CreateClient(), CreateTokenProvider(), policy, trust, options);
        return new ChannelAdapter(CreateAuthenticator(), connectors, policy, trust, NullLogger<ChannelAdapter>.Instance);
    }

    private HttpResponseMessage Answer(RecordedRequest request)
    {
        if (request.Uri.Host != "login.test")
        {
            return ConnectorAnswer(request);
        }

        var path = request.Uri.AbsolutePath;
        return path switch
        {
            "/channel/openid" => Metadata("channel"),
            "/emulator/openid" => Metadata("emulator"),
            "/channel/keys" => Keys(ChannelKeys),
            "/emulator/keys" => Keys(EmulatorKeys),
            _ when path.EndsWith("/token", StringComparison.Ordinal) => StubHttpHandler.Json(
                HttpStatusCode.OK,
                $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"bot-token-{{Interlocked.Increment(ref _tokensIssued)}}"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private static HttpResponseMessage Metadata(string name) => StubHttpHandler.Json(
        HttpStatusCode.OK, JsonSerializer.Serialize(new { issuer = ChannelIssuer, jwks_uri = $"https://login.test/{name}/keys" }));

    private static HttpResponseMessage Keys(List<TestKey> keys) => StubHttpHandler.Json(
        HttpStatusCode.OK, JsonSerializer.Serialize(new { keys = keys.Select(key => key.ToJwk()).ToArray() }));
}
