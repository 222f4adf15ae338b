using System.Text.Json.Nodes;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;

namespace NewsBot.Protocol.Tests.Adapter;

public class AuthenticatedAdapterTests
{
    private readonly TestBed _bed = new();

    [Fact]
    public async Task A_request_without_a_token_is_rejected_with_401_before_the_turn()
    {
        var bot = DelegateBot.Echo();

        var response = await _bed.CreateAdapter().ProcessActivityAsync(null, TeamsMessage(), bot, default);

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("Unauthorized", JsonNode.Parse(response.Body!)!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_bed.ConnectorRequests);
    }

    [Fact]
    public async Task Replies_to_a_verified_channel_carry_the_bot_token()
    {
        var response = await _bed.CreateAdapter().ProcessActivityAsync("Bearer " + _bed.ChannelToken().Mint(), TeamsMessage(), DelegateBot.Echo(), default);

        Assert.Equal(200, response.StatusCode);
        var reply = Assert.Single(_bed.ConnectorRequests);
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
        Assert.StartsWith("https://smba.trafficmanager.net/amer/v3/conversations/", reply.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replies_to_the_emulator_carry_no_token()
    {
        var response = await _bed.CreateAdapter().ProcessActivityAsync(
            "Bearer " + _bed.EmulatorToken("1.0").Mint(), TestActivities.Message(), DelegateBot.Echo(), default);

        Assert.Equal(200, response.StatusCode);
        Assert.Null(Assert.Single(_bed.ConnectorRequests).Authorization);
        Assert.Equal(0, _bed.Fetches("/botframework.com/token"));
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_channel_is_rejected_with_403()
    {
        var activity = TeamsMessage();
        activity.ChannelId = "skype";

        var response = await _bed.CreateAdapter().ProcessActivityAsync("Bearer " + _bed.ChannelToken().Mint(), activity, DelegateBot.Echo(), default);

        Assert.Equal(403, response.StatusCode);
        Assert.Empty(_bed.ConnectorRequests);
    }

    [Fact]
    public async Task Proactive_messages_carry_the_token_only_to_verified_service_urls()
    {
        var adapter = _bed.CreateAdapter();
        var inbound = TeamsMessage();
        await adapter.ProcessActivityAsync("Bearer " + _bed.ChannelToken().Mint(), inbound, new DelegateBot((_, _) => Task.CompletedTask), default);
        var verified = inbound.GetConversationReference();
        var unverified = verified with { ServiceUrl = "https://smba.trafficmanager.net/emea/" };

        await adapter.ContinueConversationAsync(verified, (turn, ct) => turn.SendActivityAsync("later", cancellationToken: ct), default);
        await adapter.ContinueConversationAsync(unverified, (turn, ct) => turn.SendActivityAsync("later", cancellationToken: ct), default);

        var requests = _bed.ConnectorRequests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("Bearer bot-token-1", requests[0].Authorization);
        Assert.EndsWith("/activities", requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Null(requests[1].Authorization);
    }

    private static Activity TeamsMessage() => TestActivities.Message(serviceUrl: TestBed.TeamsServiceUrl, channelId: Channels.Msteams);
}
