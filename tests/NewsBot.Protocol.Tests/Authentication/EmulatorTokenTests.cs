using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;

namespace NewsBot.Protocol.Tests.Authentication;

public class EmulatorTokenTests
{
    private readonly TestBed _bed = new();

    [Fact]
    public async Task A_v1_token_with_the_bots_appid_is_accepted()
    {
        var result = await AuthenticateAsync(_bed.EmulatorToken("1.0").Mint());

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(AuthenticationSource.Emulator, result.Source);
        Assert.Null(result.VerifiedServiceUrl);
        Assert.Equal(0, _bed.Fetches("/channel/keys"));
    }

    [Fact]
    public async Task A_v2_token_with_the_bots_azp_is_accepted()
    {
        var result = await AuthenticateAsync(_bed.EmulatorToken("2.0").Mint());

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(AuthenticationSource.Emulator, result.Source);
    }

    [Fact]
    public async Task A_token_from_the_apps_own_tenant_is_accepted()
    {
        var result = await AuthenticateAsync(_bed.EmulatorToken("1.0", tenant: "3a7c0a11-0000-4000-8000-00000000aaaa").Mint());

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task A_v1_token_for_another_app_is_rejected_with_401()
    {
        var spec = _bed.EmulatorToken("1.0");
        spec.Claims["appid"] = "another-app";

        var result = await AuthenticateAsync(spec.Mint());

        Assert.Equal(401, result.StatusCode);
        Assert.Contains("appid", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_v2_token_for_another_app_is_rejected_with_401()
    {
        var spec = _bed.EmulatorToken("2.0");
        spec.Claims["azp"] = "another-app";

        Assert.Equal(401, (await AuthenticateAsync(spec.Mint())).StatusCode);
    }

    [Fact]
    public async Task An_emulator_token_signed_by_a_channel_key_is_rejected()
    {
        var spec = _bed.EmulatorToken("1.0") with { Key = _bed.ChannelKeys[0] };

        var result = await AuthenticateAsync(spec.Mint());

        Assert.Equal(401, result.StatusCode);
        Assert.Contains("unknown key", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_emulator_token_is_rejected_with_401()
    {
        var now = _bed.Clock.GetUtcNow();
        var spec = _bed.EmulatorToken("2.0") with { NotBefore = now.AddHours(-3), Expires = now.AddHours(-2) };

        Assert.Equal(401, (await AuthenticateAsync(spec.Mint())).StatusCode);
    }

    private Task<AuthenticationResult> AuthenticateAsync(string token) =>
        _bed.CreateAuthenticator().AuthenticateAsync("Bearer " + token, TestActivities.Message(channelId: Channels.Emulator), default);
}
