using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Reliability.Tests.Support;

// The Bot Framework's identity side on 127.0.0.1: OpenID metadata and the channel signing key (with its endorsements),
// a client-credentials token endpoint for the bot's outbound token, and a way to mint channel tokens as a channel would.
public sealed class LocalIdentity : IAsyncDisposable
{
    public const string AppId = "5d2b5c1e-7a0f-4c55-9d59-6a0f0b0c0d0e";
    public const string AppPassword = "app-password-that-must-never-leak-7f3c9a";
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentQueue<string> _botTokens = new();
    private readonly ConcurrentQueue<string> _channelTokens = new();

    private LocalIdentity(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    // Every token the bot was given and every channel token minted: none may show up in a log or another response.
    public IEnumerable<string> IssuedTokens => _botTokens.Concat(_channelTokens);

    public IReadOnlyDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["ChannelOpenIdMetadataUrl"] = BaseUrl + "/channel/openid",
        ["EmulatorOpenIdMetadataUrl"] = BaseUrl + "/emulator/openid",
        ["TokenEndpoint"] = BaseUrl + "/{tenant}/oauth2/v2.0/token",
    };

    public static async Task<LocalIdentity> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var identity = new LocalIdentity(builder.Build());
        var app = identity._app;
        app.MapGet("/{name}/openid", (string name) => Results.Json(new { issuer = ChannelIssuer, jwks_uri = $"{identity.BaseUrl}/{name}/keys" }));
        app.MapGet("/{name}/keys", (string name) => Results.Json(new { keys = name == "channel" ? new[] { identity.Jwk() } : [] }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", identity.TokenAsync);
        await app.StartAsync();
        identity.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return identity;
    }

    // A channel token as Azure Bot Service sends it with an activity for serviceUrl.
    public string ChannelToken(string serviceUrl, DateTimeOffset? expires = null)
    {
        var now = DateTimeOffset.UtcNow;
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = AppId,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            IssuedAt = now.AddMinutes(-1).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = "channel-key" }, SecurityAlgorithms.RsaSha256),
        });
        _channelTokens.Enqueue(token);
        return token;
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != AppId || form["client_secret"] != AppPassword)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        var token = "bot-access-token-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _botTokens.Enqueue(token);
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = token });
    }

    private object Jwk()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = "channel-key",
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = new[] { "msteams", "webchat", "directline", "emulator" },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
