using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;

namespace NewsBot.Protocol.Tests.Authentication;

public class SigningKeyRefreshTests
{
    private readonly TestBed _bed = new();

    [Fact]
    public async Task Keys_are_fetched_once_and_reused()
    {
        var authenticator = _bed.CreateAuthenticator();

        await AuthenticateAsync(authenticator, _bed.ChannelToken());
        await AuthenticateAsync(authenticator, _bed.ChannelToken());

        Assert.Equal(1, _bed.Fetches("/channel/openid"));
        Assert.Equal(1, _bed.Fetches("/channel/keys"));
    }

    [Fact]
    public async Task An_unknown_key_id_makes_the_key_set_be_fetched_again()
    {
        var authenticator = _bed.CreateAuthenticator();
        Assert.True(await AuthenticateAsync(authenticator, _bed.ChannelToken()));
        var rotated = new TestKey("channel-key-2", "msteams");
        _bed.ChannelKeys.Add(rotated);
        _bed.Clock.Advance(TimeSpan.FromMinutes(6));

        var accepted = await AuthenticateAsync(authenticator, _bed.ChannelToken() with { Key = rotated, NotBefore = _bed.Clock.GetUtcNow() });

        Assert.True(accepted);
        Assert.Equal(2, _bed.Fetches("/channel/keys"));
    }

    [Fact]
    public async Task Unknown_key_ids_do_not_trigger_a_fetch_per_request()
    {
        var authenticator = _bed.CreateAuthenticator();
        await AuthenticateAsync(authenticator, _bed.ChannelToken());

        for (var i = 0; i < 3; i++)
        {
            Assert.False(await AuthenticateAsync(authenticator, _bed.ChannelToken() with { Key = new TestKey($"made-up-{i}") }));
        }

        Assert.Equal(1, _bed.Fetches("/channel/keys"));
    }

    [Fact]
    public async Task Keys_are_fetched_again_after_a_day()
    {
        var authenticator = _bed.CreateAuthenticator();
        await AuthenticateAsync(authenticator, _bed.ChannelToken());
        _bed.Clock.Advance(TimeSpan.FromHours(24));

        Assert.True(await AuthenticateAsync(authenticator, _bed.ChannelToken()));
        Assert.Equal(2, _bed.Fetches("/channel/keys"));
    }

    [Fact]
    public async Task Cached_keys_stay_in_use_when_a_refresh_fails()
    {
        var authenticator = _bed.CreateAuthenticator();
        await AuthenticateAsync(authenticator, _bed.ChannelToken());
        var answer = _bed.Http.Respond;
        _bed.Http.Respond = request => request.Uri.AbsolutePath == "/channel/keys"
            ? Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable))
            : answer(request);
        _bed.Clock.Advance(TimeSpan.FromHours(25));

        Assert.True(await AuthenticateAsync(authenticator, _bed.ChannelToken()));
        Assert.Equal(2, _bed.Fetches("/channel/keys"));
    }

    private static async Task<bool> AuthenticateAsync(NewsBot.Protocol.Authentication.ChannelAuthenticator authenticator, TokenSpec token)
    {
        var activity = TestActivities.Message(serviceUrl: TestBed.TeamsServiceUrl, channelId: Channels.Msteams);
        return (await authenticator.AuthenticateAsync("Bearer " + token.Mint(), activity, default)).Succeeded;
    }
}
