using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Connector;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;

namespace NewsBot.Protocol.Tests.Connector;

public class ConnectorClientTests
{
    private const string TeamsConversation = "19:abc@thread.tacv2;messageid=123";
    private readonly StubHttpHandler _http = new();

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Replies_keep_the_service_url_path_and_escape_each_id(string serviceUrl)
    {
        var response = await Client(serviceUrl).ReplyToActivityAsync(TeamsConversation, "1735725600123", Activity.CreateMessageActivity());

        var request = Assert.Single(_http.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D123/activities/1735725600123",
            request.Uri.AbsoluteUri);
        Assert.Equal("reply-1", response.Id);
    }

    [Fact]
    public async Task Direct_line_ids_with_a_pipe_are_escaped()
    {
        await Client("http://localhost:51203").ReplyToActivityAsync("abc", "abc|0000001", Activity.CreateMessageActivity());

        Assert.Equal("http://localhost:51203/v3/conversations/abc/activities/abc%7C0000001", Assert.Single(_http.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Sending_to_a_conversation_posts_camel_case_json()
    {
        var activity = Activity.CreateMessageActivity();
        activity.Text = "It rained.";
        activity.From = new ChannelAccount { Id = "bot", Name = "NewsBot" };

        await Client("http://localhost:51203/").SendToConversationAsync("9f2b|livechat", activity);

        var request = Assert.Single(_http.Requests);
        Assert.Equal("http://localhost:51203/v3/conversations/9f2b%7Clivechat/activities", request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.ContentType);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"message","from":{"id":"bot","name":"NewsBot"},"text":"It rained."}"""),
            JsonNode.Parse(request.Body!)));
    }

    [Fact]
    public async Task Updates_put_the_activity_with_its_id()
    {
        var activity = Activity.CreateMessageActivity();

        await Client("http://localhost:51203").UpdateActivityAsync("conv", "act-9", activity);

        var request = Assert.Single(_http.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith("/v3/conversations/conv/activities/act-9", request.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("act-9", JsonNode.Parse(request.Body!)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deletes_send_no_body()
    {
        _http.Respond = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));

        await Client("http://localhost:51203").DeleteActivityAsync("conv", "act-9");

        var request = Assert.Single(_http.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task An_empty_success_body_is_a_response_without_id()
    {
        _http.Respond = _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));

        var response = await Client("http://localhost:51203").SendToConversationAsync("conv", Activity.CreateMessageActivity());

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task Anonymous_calls_carry_no_authorization_header()
    {
        await Client("http://localhost:51203").SendToConversationAsync("conv", Activity.CreateMessageActivity());

        Assert.Null(Assert.Single(_http.Requests).Authorization);
    }

    [Fact]
    public async Task Authenticated_calls_carry_the_bot_token()
    {
        var client = new ConnectorClient(_http.CreateClient(), TestBed.TeamsServiceUrl, new FixedToken("bot-token"));

        await client.SendToConversationAsync("conv", Activity.CreateMessageActivity());

        Assert.Equal("Bearer bot-token", Assert.Single(_http.Requests).Authorization);
    }

    [Fact]
    public async Task A_channel_error_becomes_a_connector_exception_with_its_body()
    {
        _http.Respond = _ => Task.FromResult(StubHttpHandler.Json(
            HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => Client(TestBed.TeamsServiceUrl).SendToConversationAsync("conv", Activity.CreateMessageActivity()));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("BotNotInConversationRoster", exception.Error!.Error.Code);
        Assert.Contains("403", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not part of the conversation roster", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_url_that_is_not_http_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Client("file:///etc/passwd"));
    }

    private ConnectorClient Client(string serviceUrl) => new(_http.CreateClient(), serviceUrl);

    private sealed class FixedToken(string token) : IBotTokenProvider
    {
        public Task<string> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
