using Microsoft.Extensions.Time.Testing;
using NewsBot.Protocol.DirectLine;

namespace NewsBot.DirectLine.Tests.Tokens;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private DirectLineTokens Tokens(string secret = "a-long-enough-direct-line-secret") => new(DirectLineTokens.DeriveKey(secret), _clock);

    [Fact]
    public async Task A_token_carries_its_conversation_user_and_purpose_until_it_expires()
    {
        var tokens = Tokens();
        var token = tokens.Issue("conv1", "dl_user", "Una", TokenPurpose.Conversation, TimeSpan.FromMinutes(30));

        var fresh = await tokens.CheckAsync(token);
        _clock.Advance(TimeSpan.FromMinutes(31));
        var stale = await tokens.CheckAsync(token);

        Assert.Equal(new TokenClaims("conv1", "dl_user", "Una", TokenPurpose.Conversation, _clock.GetUtcNow() - TimeSpan.FromMinutes(1)), fresh.Claims);
        Assert.Equal(TokenStatus.Expired, stale.Status);
        Assert.Null(stale.Claims);
    }

    [Fact]
    public async Task Tokens_of_another_secret_and_garbage_are_invalid()
    {
        var other = Tokens("another-secret-entirely-0000000").Issue("conv1", null, null, TokenPurpose.Conversation, TimeSpan.FromMinutes(5));

        Assert.Equal(TokenStatus.Invalid, (await Tokens().CheckAsync(other)).Status);
        Assert.Equal(TokenStatus.Invalid, (await Tokens().CheckAsync("not.a.token")).Status);
        Assert.Equal(TokenStatus.Invalid, (await Tokens().CheckAsync("plain-secret-guess")).Status);
    }

    [Fact]
    public void The_key_depends_on_the_secret_and_is_not_the_secret()
    {
        var key = DirectLineTokens.DeriveKey("a-long-enough-direct-line-secret");

        Assert.Equal(32, key.Length);
        Assert.Equal(key, DirectLineTokens.DeriveKey("a-long-enough-direct-line-secret"));
        Assert.NotEqual(key, DirectLineTokens.DeriveKey("a-long-enough-direct-line-secreT"));
        Assert.NotEqual(System.Text.Encoding.UTF8.GetBytes("a-long-enough-direct-line-secret")[..32], key);
    }
}
