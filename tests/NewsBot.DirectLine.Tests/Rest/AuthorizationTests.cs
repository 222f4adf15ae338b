using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Rest;

public sealed class AuthorizationTests
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/v3/directline/tokens/generate" },
        { "POST", "/v3/directline/tokens/refresh" },
        { "POST", "/v3/directline/conversations" },
        { "GET", "/v3/directline/conversations/abc" },
        { "GET", "/v3/directline/conversations/abc/activities" },
        { "POST", "/v3/directline/conversations/abc/activities" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_answers_401_without_an_Authorization_header(string method, string path)
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        var reply = await rest.SendAsync(new HttpMethod(method), path, null, method == "POST" ? "{}" : null);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("Unauthorized", reply.ErrorCode);
    }

    [Fact]
    public async Task A_wrong_secret_is_403()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        var reply = await rest.PostAsync("/v3/directline/tokens/generate", "not-the-secret-at-all-0000");

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_or_edited_after_signing_is_403()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "newsbot-directline",
            Audience = "newsbot-directline",
            Claims = new Dictionary<string, object> { ["conv"] = id, ["purpose"] = "conversation" },
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 32))), SecurityAlgorithms.HmacSha256),
        });
        var parts = token.Split('.');
        var edited = string.Join('.', parts[0], Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace(id, "someoneElse0000000000a", StringComparison.Ordinal)), parts[2]);

        var withForged = await rest.GetAsync($"/v3/directline/conversations/{id}/activities", forged);
        var withEdited = await rest.GetAsync("/v3/directline/conversations/someoneElse0000000000a/activities", edited);

        Assert.Equal(HttpStatusCode.Forbidden, withForged.Status);
        Assert.Equal(HttpStatusCode.Forbidden, withEdited.Status);
    }

    [Fact]
    public async Task An_expired_token_is_403_TokenExpired_and_cannot_be_refreshed_but_a_live_one_can()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new DirectLineHost(clock: clock);
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        clock.Advance(TimeSpan.FromMinutes(29));
        var refreshed = await rest.PostAsync("/v3/directline/tokens/refresh", token);
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await rest.GetAsync($"/v3/directline/conversations/{id}/activities", token);
        var lateRefresh = await rest.PostAsync("/v3/directline/tokens/refresh", token);
        var withRefreshed = await rest.GetAsync($"/v3/directline/conversations/{id}/activities", refreshed.String("token"));

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(id, refreshed.String("conversationId"));
        Assert.Equal(HttpStatusCode.Forbidden, expired.Status);
        Assert.Equal("TokenExpired", expired.ErrorCode);
        Assert.Equal("TokenExpired", lateRefresh.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, withRefreshed.Status);
    }

    [Fact]
    public async Task Another_conversations_token_is_403_for_reading_posting_and_reconnecting()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (_, token, _) = await rest.StartAsync();
        var (otherId, _, _) = await rest.StartAsync();

        var read = await rest.GetAsync($"/v3/directline/conversations/{otherId}/activities", token);
        var post = await rest.PostAsync($"/v3/directline/conversations/{otherId}/activities", token, new { type = "message", text = "hi", from = new { id = "x" } });
        var reconnect = await rest.GetAsync($"/v3/directline/conversations/{otherId}?watermark=0", token);
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{otherId}/activities", DirectLineHost.Secret);

        Assert.All([read, post, reconnect], reply => Assert.Equal(HttpStatusCode.Forbidden, reply.Status));
        Assert.Single(transcript.Activities);
    }

    [Fact]
    public async Task Tokens_cannot_mint_tokens_and_the_secret_cannot_be_refreshed()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (_, token, _) = await rest.StartAsync();

        var generate = await rest.PostAsync("/v3/directline/tokens/generate", token);
        var refresh = await rest.PostAsync("/v3/directline/tokens/refresh", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.Forbidden, generate.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.Status);
    }

    [Fact]
    public async Task Without_a_configured_secret_secret_calls_are_refused_while_the_page_token_works()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:Secret"] = "" });
        using var rest = host.Rest();

        var generate = await rest.PostAsync("/v3/directline/tokens/generate", "anything-anyone-might-guess");
        var page = await rest.PostAsync("/api/directline/token", null);
        var start = await rest.PostAsync("/v3/directline/conversations", page.String("token"));

        Assert.Equal(HttpStatusCode.Forbidden, generate.Status);
        Assert.Contains("no DirectLine:Secret", generate.Body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, start.Status);
        Assert.StartsWith("dl_", page.String("userId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_generated_with_a_user_carry_it_as_the_plain_user_claim_clients_read()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        var reply = await rest.PostAsync("/v3/directline/tokens/generate", DirectLineHost.Secret, new { user = new { id = "dl_alice", name = "Alice" } });
        var jwt = new JsonWebToken(reply.String("token"));

        Assert.Equal("dl_alice", jwt.GetPayloadValue<string>("user"));
        Assert.Equal(reply.String("conversationId"), jwt.GetPayloadValue<string>("conv"));
        Assert.Equal(1800, reply.Body!["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task Page_tokens_are_throttled_per_client_address_with_Retry_After()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:ConversationsPerMinute"] = "2" });
        using var rest = host.Rest();

        var replies = new List<Reply>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await rest.PostAsync("/api/directline/token", null));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], replies.Select(reply => reply.Status));
        Assert.True(replies[2].Headers.Contains("Retry-After"));
    }
}
