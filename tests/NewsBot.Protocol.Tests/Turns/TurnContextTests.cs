using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;
using NewsBot.Protocol.Turns;

namespace NewsBot.Protocol.Tests.Turns;

public class TurnContextTests
{
    private readonly TestBed _bed = new(anonymous: true);

    [Fact]
    public async Task Send_hooks_see_every_activity_and_may_change_it()
    {
        var bot = new DelegateBot(async (turn, ct) =>
        {
            turn.OnSendActivities((_, activities, next) =>
            {
                activities.ForEach(activity => activity.TextFormat = TextFormats.Markdown);
                return next();
            });
            await turn.SendActivityAsync("**hi**", cancellationToken: ct);
        });

        await _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Contains("\"textFormat\":\"markdown\"", Assert.Single(_bed.ConnectorRequests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_send_hook_that_does_not_continue_sends_nothing()
    {
        var responded = true;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            turn.OnSendActivities((_, _, _) => Task.FromResult(Array.Empty<ResourceResponse>()));
            await turn.SendActivityAsync("dropped", cancellationToken: ct);
            responded = turn.Responded;
        });

        await _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Empty(_bed.ConnectorRequests);
        Assert.False(responded);
    }

    [Fact]
    public async Task Responded_is_set_by_messages_not_by_traces()
    {
        var states = new List<bool>();
        var bot = new DelegateBot(async (turn, ct) =>
        {
            states.Add(turn.Responded);
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Trace }, ct);
            states.Add(turn.Responded);
            await turn.SendActivityAsync("hi", cancellationToken: ct);
            states.Add(turn.Responded);
        });

        await _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Equal([false, false, true], states);
    }

    [Fact]
    public async Task The_channels_id_for_a_sent_activity_is_returned()
    {
        ResourceResponse? sent = null;
        var bot = new DelegateBot(async (turn, ct) => sent = await turn.SendActivityAsync("hi", cancellationToken: ct));

        await _bed.CreateAdapter().ProcessActivityAsync(null, TestActivities.Message(), bot, default);

        Assert.Equal("reply-1", sent!.Id);
    }

    [Fact]
    public void Turn_state_is_kept_by_type_and_by_key()
    {
        var state = new TurnStateCollection();
        var reply = new ResourceResponse("x");

        state.Set(reply);
        state.Set("custom", "value");

        Assert.Same(reply, state.Get<ResourceResponse>());
        Assert.Equal("value", state.Get<string>("custom"));
        Assert.Null(state.Get<ResourceResponse>("custom"));
        Assert.True(state.Remove("custom"));
        Assert.Null(state.Get<string>("custom"));
    }
}
