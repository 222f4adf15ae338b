using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NewsBot.Protocol.Schema;
using NewsBot.Reliability.Tests.Support;
using NewsBot.Tests.Support;

namespace NewsBot.Reliability.Tests.Abuse;

// The serviceUrl rule end to end through /api/messages, with the bot as its own process whose outbound HTTP goes
// through a proxy that records it: anonymous, the bot calls loopback and listed hosts only; with an app id, only
// serviceUrls a channel token vouched for, and its token goes nowhere else; redirects lead nowhere.
public sealed class ServiceUrlTests : IDisposable
{
    private const string Attacker = "http://attacker.example";

    private readonly TempFolder _folder = new();
    private readonly ProxyTrap _trap = new();

    public static TheoryData<string> ArbitraryServiceUrls =>
    [
        Attacker + "/",
        "https://attacker.example/",
        "http://127.0.0.1.attacker.example/",
        "http://localhost.attacker.example/",
        "http://allowed.example.attacker.example/",
        "http://127.0.0.1@attacker.example/",
        "http://attacker.example#@127.0.0.1/",
        "http://10.0.0.1:8080/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:10.0.0.1]/",
    ];

    [Fact]
    public async Task Anonymous_the_bot_posts_to_loopback_and_listed_hosts_only_and_follows_no_redirect()
    {
        await using var channel = await TestChannel.StartAsync();
        await using var redirecting = await RedirectingChannel.StartAsync(Attacker);
        using var bot = await BotServer.StartAsync(_folder.Path, new Dictionary<string, string?> { ["AllowedServiceUrlHosts:0"] = "allowed.example" }, _trap.Environment);
        using var http = bot.CreateClient();

        // The trap sees what the bot sends to a non-loopback host: here, one it is allowed to reply to.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, "http://allowed.example/", "c-allowed")).StatusCode);
        Assert.Contains(_trap.Requests, line => line.StartsWith("POST http://allowed.example/v3/conversations/c-allowed/activities", StringComparison.Ordinal));
        var allowedCalls = _trap.Requests.Count;

        foreach (var serviceUrl in ArbitraryServiceUrls)
        {
            using var refused = await PostAsync(http, serviceUrl, "c-" + Guid.NewGuid().ToString("N"));
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{serviceUrl}: {refused.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, redirecting.ServiceUrl, "c-redirect")).StatusCode);
        Assert.NotEmpty(redirecting.Calls);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, channel.ServiceUrl, "c-loopback")).StatusCode);
        Assert.Single(channel.ActivitiesFor("c-loopback"), a => a.Type == ActivityTypes.Message);
        Assert.Equal(allowedCalls, _trap.Requests.Count);
    }

    [Fact]
    public async Task With_an_app_id_the_bot_token_goes_only_to_the_serviceUrl_a_channel_token_vouched_for()
    {
        await using var identity = await LocalIdentity.StartAsync();
        await using var channel = await TestChannel.StartAsync();
        await using var other = await TestChannel.StartAsync();
        await using var redirecting = await RedirectingChannel.StartAsync(Attacker);
        using var bot = await BotServer.StartAsync(_folder.Path, identity.BotSettings, _trap.Environment);
        using var http = bot.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, channel.ServiceUrl, "vouched", identity.ChannelToken(channel.ServiceUrl))).StatusCode);
        Assert.StartsWith("Bearer bot-access-token-", channel.Calls.Last().Authorization, StringComparison.Ordinal);

        var refusals = new (string ServiceUrl, string? Token)[]
        {
            (Attacker + "/", identity.ChannelToken(channel.ServiceUrl)),
            (other.ServiceUrl, identity.ChannelToken(channel.ServiceUrl)),
            (channel.ServiceUrl, identity.ChannelToken(Attacker + "/")),
            (channel.ServiceUrl, null),
            (channel.ServiceUrl, identity.ChannelToken(channel.ServiceUrl, expires: DateTimeOffset.UtcNow.AddMinutes(-10))),
        };
        var callsBefore = channel.Calls.Count;
        foreach (var (serviceUrl, token) in refusals)
        {
            using var refused = await PostAsync(http, serviceUrl, "refused-" + Guid.NewGuid().ToString("N"), token);
            Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{serviceUrl} with {(token is null ? "no token" : "a token")}: {refused.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, redirecting.ServiceUrl, "redirected", identity.ChannelToken(redirecting.ServiceUrl))).StatusCode);
        Assert.NotEmpty(redirecting.Calls);
        Assert.Equal(callsBefore, channel.Calls.Count);
        Assert.Empty(other.Calls);
        Assert.Empty(_trap.Requests);
        Assert.DoesNotContain(LocalIdentity.AppPassword, bot.Output, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string serviceUrl, string conversation, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(Activities.Message(serviceUrl, conversation, Activities.NormalQuestion), options: ProtocolJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    public void Dispose()
    {
        _trap.Dispose();
        _folder.Dispose();
    }
}
