using System.Net;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Tests.Support;

namespace NewsBot.Protocol.Tests.Authentication;

public class BotTokenProviderTests
{
    private readonly TestBed _bed = new();

    [Fact]
    public async Task A_multi_tenant_bot_asks_the_botframework_tenant_with_client_credentials()
    {
        var token = await _bed.CreateTokenProvider().GetTokenAsync(default);

        var request = Assert.Single(_bed.Http.Requests);
        Assert.Equal("bot-token-1", token);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://login.test/botframework.com/token", request.Uri.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(
            $"grant_type=client_credentials&client_id={TestBed.AppId}&client_secret={TestBed.AppPassword}&scope=https%3A%2F%2Fapi.botframework.com%2F.default",
            request.Body);
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant()
    {
        _bed.Options.MicrosoftAppType = BotAppType.SingleTenant;
        _bed.Options.MicrosoftAppTenantId = "3a7c0a11-0000-4000-8000-00000000aaaa";

        await _bed.CreateTokenProvider().GetTokenAsync(default);

        Assert.Equal("https://login.test/3a7c0a11-0000-4000-8000-00000000aaaa/token", Assert.Single(_bed.Http.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task The_token_is_cached_until_shortly_before_it_expires()
    {
        var provider = _bed.CreateTokenProvider();

        var first = await provider.GetTokenAsync(default);
        _bed.Clock.Advance(TimeSpan.FromMinutes(54));
        var cached = await provider.GetTokenAsync(default);
        _bed.Clock.Advance(TimeSpan.FromMinutes(2));
        var renewed = await provider.GetTokenAsync(default);

        Assert.Equal(("bot-token-1", "bot-token-1", "bot-token-2"), (first, cached, renewed));
        Assert.Equal(2, _bed.Http.Requests.Count);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        var release = new TaskCompletionSource();
        var answer = _bed.Http.Respond;
        _bed.Http.Respond = async request =>
        {
            await release.Task;
            return await answer(request);
        };
        var provider = _bed.CreateTokenProvider();

        var callers = Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(default)).ToArray();
        await Task.Delay(50);
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, token => Assert.Equal("bot-token-1", token));
        Assert.Single(_bed.Http.Requests);
    }

    [Fact]
    public async Task A_refused_request_says_why_without_the_secret()
    {
        _bed.Http.Respond = _ => Task.FromResult(StubHttpHandler.Json(
            HttpStatusCode.BadRequest,
            """{"error":"unauthorized_client","error_description":"AADSTS700016: Application was not found in the directory 'botframework.com'."}"""));

        var exception = await Assert.ThrowsAsync<BotTokenException>(() => _bed.CreateTokenProvider().GetTokenAsync(default));

        Assert.Contains("AADSTS700016", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestBed.AppPassword, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_fetch_is_retried_by_the_next_caller()
    {
        var answer = _bed.Http.Respond;
        _bed.Http.Respond = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var provider = _bed.CreateTokenProvider();
        await Assert.ThrowsAsync<BotTokenException>(() => provider.GetTokenAsync(default));
        _bed.Http.Respond = answer;

        Assert.Equal("bot-token-1", await provider.GetTokenAsync(default));
    }

    [Fact]
    public async Task A_managed_identity_token_is_read_with_expires_on()
    {
        _bed.Options.MicrosoftAppType = BotAppType.UserAssignedMSI;
        _bed.Options.MicrosoftAppPassword = null;
        _bed.Options.ManagedIdentityEndpoint = "https://identity.test/msi/token";
        var expiresOn = _bed.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        _bed.Http.Respond = _ => Task.FromResult(StubHttpHandler.Json(
            HttpStatusCode.OK, $$"""{"access_token":"msi-token","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer"}"""));

        var token = await _bed.CreateTokenProvider().GetTokenAsync(default);

        var request = Assert.Single(_bed.Http.Requests);
        Assert.Equal("msi-token", token);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(
            $"https://identity.test/msi/token?api-version=2019-08-01&resource=https%3A%2F%2Fapi.botframework.com&client_id={TestBed.AppId}",
            request.Uri.AbsoluteUri);
    }
}
