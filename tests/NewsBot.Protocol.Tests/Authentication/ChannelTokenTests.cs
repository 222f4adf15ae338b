using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;

namespace NewsBot.Protocol.Tests.Authentication;

public class ChannelTokenTests
{
    private readonly TestBed _bed = new();

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_vouches_for_the_service_url()
    {
        var result = await AuthenticateAsync(_bed.ChannelToken().Mint());

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(AuthenticationSource.Channel, result.Source);
        Assert.Equal(TestBed.TeamsServiceUrl, result.VerifiedServiceUrl);
        Assert.Equal(TestBed.AppId, result.Identity!.FindFirst("aud")!.Value);
    }

    [Fact]
    public async Task The_service_url_claim_is_compared_ignoring_case()
    {
        var token = _bed.ChannelToken() with { Claims = new() { ["serviceurl"] = TestBed.TeamsServiceUrl.ToUpperInvariant() } };

        Assert.True((await AuthenticateAsync(token.Mint())).Succeeded);
    }

    [Fact]
    public async Task A_wrong_issuer_is_rejected_with_401()
    {
        var result = await AuthenticateAsync((_bed.ChannelToken() with { Issuer = "https://evil.example" }).Mint());

        AssertRejected(result, 401, "issuer");
    }

    [Fact]
    public async Task A_wrong_audience_is_rejected_with_401()
    {
        var result = await AuthenticateAsync((_bed.ChannelToken() with { Audience = "someone-else" }).Mint());

        AssertRejected(result, 401, "audience");
    }

    [Fact]
    public async Task A_token_expired_beyond_the_clock_skew_is_rejected_with_401()
    {
        var now = _bed.Clock.GetUtcNow();
        var token = _bed.ChannelToken() with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) };

        AssertRejected(await AuthenticateAsync(token.Mint()), 401, "expired");
    }

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted()
    {
        var now = _bed.Clock.GetUtcNow();
        var token = _bed.ChannelToken() with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-4) };

        Assert.True((await AuthenticateAsync(token.Mint())).Succeeded);
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_rejected_with_401()
    {
        var now = _bed.Clock.GetUtcNow();
        var token = _bed.ChannelToken() with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) };

        AssertRejected(await AuthenticateAsync(token.Mint()), 401, "not valid before");
    }

    [Fact]
    public async Task A_forged_signature_is_rejected_with_401()
    {
        var forger = new TestKey("forger");
        var token = _bed.ChannelToken() with { ForgeWith = forger.Rsa };

        AssertRejected(await AuthenticateAsync(token.Mint()), 401, "signature");
    }

    [Fact]
    public async Task A_token_signed_by_a_key_outside_the_key_set_is_rejected_with_401()
    {
        var token = _bed.ChannelToken() with { Key = new TestKey("unknown-key") };

        AssertRejected(await AuthenticateAsync(token.Mint()), 401, "unknown key");
    }

    [Fact]
    public async Task A_service_url_claim_for_another_url_is_rejected_with_403()
    {
        var token = _bed.ChannelToken() with { Claims = new() { ["serviceurl"] = "https://evil.example/" } };

        AssertRejected(await AuthenticateAsync(token.Mint()), 403, "serviceurl");
    }

    [Fact]
    public async Task A_token_without_a_service_url_claim_is_rejected_with_403()
    {
        var token = _bed.ChannelToken() with { Claims = [] };

        AssertRejected(await AuthenticateAsync(token.Mint()), 403, "no serviceurl");
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_channel_is_rejected_with_403()
    {
        var result = await AuthenticateAsync(_bed.ChannelToken().Mint(), channelId: "skype");

        AssertRejected(result, 403, "endorsed");
    }

    [Fact]
    public async Task A_missing_header_is_rejected_with_401_when_an_app_id_is_configured()
    {
        AssertRejected(await _bed.CreateAuthenticator().AuthenticateAsync(null, Activity(Channels.Msteams), default), 401, "No Authorization header");
    }

    [Fact]
    public async Task A_header_that_is_not_bearer_is_rejected_with_401()
    {
        var result = await _bed.CreateAuthenticator().AuthenticateAsync("Basic dXNlcjpwYXNz", Activity(Channels.Msteams), default);

        AssertRejected(result, 401, "not a Bearer token");
    }

    [Fact]
    public async Task A_malformed_token_is_rejected_with_401()
    {
        AssertRejected(await AuthenticateAsync("not.a.jwt"), 401, "well-formed");
    }

    [Fact]
    public async Task No_header_and_no_app_id_is_anonymous()
    {
        var bed = new TestBed(anonymous: true);

        var result = await bed.CreateAuthenticator().AuthenticateAsync(null, Activity(Channels.Emulator), default);

        Assert.True(result.Succeeded);
        Assert.Equal(AuthenticationSource.Anonymous, result.Source);
        Assert.Null(result.VerifiedServiceUrl);
    }

    [Fact]
    public async Task A_token_sent_to_a_bot_without_app_id_is_rejected_with_401()
    {
        var bed = new TestBed(anonymous: true);

        var result = await bed.CreateAuthenticator().AuthenticateAsync("Bearer " + bed.ChannelToken().Mint(), Activity(Channels.Emulator), default);

        AssertRejected(result, 401, "no MicrosoftAppId");
    }

    private Task<AuthenticationResult> AuthenticateAsync(string token, string channelId = Channels.Msteams) =>
        _bed.CreateAuthenticator().AuthenticateAsync("Bearer " + token, Activity(channelId), default);

    private static Activity Activity(string channelId) =>
        TestActivities.Message(serviceUrl: TestBed.TeamsServiceUrl, channelId: channelId);

    private static void AssertRejected(AuthenticationResult result, int status, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.Contains(reason, result.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Identity);
    }
}
