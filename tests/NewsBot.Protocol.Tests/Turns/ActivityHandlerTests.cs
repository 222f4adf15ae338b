using System.Text.Json;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;
using NewsBot.Protocol.Turns;

namespace NewsBot.Protocol.Tests.Turns;

public class ActivityHandlerTests
{
    private readonly TestBed _bed = new(anonymous: true);

    [Fact]
    public async Task Members_added_are_dispatched_with_the_whole_list()
    {
        var activity = Activity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount { Id = "user-1", Name = "User" }, new ChannelAccount { Id = "bot-1", Name = "Bot" }];
        var handler = new RecordingHandler();

        await RunAsync(handler, activity);

        Assert.Equal(["membersAdded:user-1,bot-1"], handler.Calls);
        var welcome = JsonDocument.Parse(Assert.Single(_bed.ConnectorRequests).Body!).RootElement;
        Assert.Equal("Welcome, User", welcome.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Members_removed_are_dispatched()
    {
        var activity = Activity(ActivityTypes.ConversationUpdate);
        activity.MembersRemoved = [new ChannelAccount { Id = "user-1" }];
        var handler = new RecordingHandler();

        await RunAsync(handler, activity);

        Assert.Equal(["membersRemoved:user-1"], handler.Calls);
    }

    [Theory]
    [InlineData("add", "installAdd")]
    [InlineData("add-upgrade", "installAdd")]
    [InlineData("remove", "installRemove")]
    [InlineData("remove-upgrade", "installRemove")]
    [InlineData("something-new", null)]
    public async Task Installation_updates_are_dispatched_by_action(string action, string? expected)
    {
        var activity = Activity(ActivityTypes.InstallationUpdate);
        activity.Action = action;
        var handler = new RecordingHandler();

        await RunAsync(handler, activity);

        Assert.Equal(expected is null ? [] : [expected], handler.Calls);
    }

    [Theory]
    [InlineData(ActivityTypes.Message, "message")]
    [InlineData(ActivityTypes.Event, "event:webchat/join")]
    [InlineData(ActivityTypes.Typing, "typing")]
    [InlineData(ActivityTypes.EndOfConversation, "endOfConversation")]
    [InlineData("someFutureType", "unrecognized")]
    public async Task Activity_types_are_dispatched(string type, string expected)
    {
        var activity = Activity(type);
        activity.Name = "webchat/join";
        var handler = new RecordingHandler();

        var response = await RunAsync(handler, activity);

        Assert.Equal([expected], handler.Calls);
        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Reactions_are_dispatched()
    {
        var activity = Activity(ActivityTypes.MessageReaction);
        activity.ReactionsAdded = [new MessageReaction { Type = "like" }];
        var handler = new RecordingHandler();

        await RunAsync(handler, activity);

        Assert.Equal(["reactionsAdded:like"], handler.Calls);
    }

    [Fact]
    public async Task An_invoke_answered_by_the_handler_sets_the_http_response()
    {
        var activity = Activity(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";

        var response = await RunAsync(new RecordingHandler(), activity);

        Assert.Equal(new AdapterResponse(200, """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done"}"""), response);
    }

    private Task<AdapterResponse> RunAsync(IBot bot, Activity activity) => _bed.CreateAdapter().ProcessActivityAsync(null, activity, bot, default);

    private static Activity Activity(string type)
    {
        var activity = TestActivities.Message();
        activity.Type = type;
        return activity;
    }

    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("message");

        protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add("membersAdded:" + string.Join(',', membersAdded.Select(member => member.Id)));
            foreach (var member in membersAdded.Where(member => member.Id != turnContext.Activity.Recipient?.Id))
            {
                await turnContext.SendActivityAsync($"Welcome, {member.Name}", cancellationToken: cancellationToken);
            }
        }

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("membersRemoved:" + string.Join(',', membersRemoved.Select(member => member.Id)));

        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("installAdd");

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("installRemove");

        protected override Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event:" + turnContext.Activity.Name);

        protected override Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("endOfConversation");

        protected override Task OnReactionsAddedAsync(IList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("reactionsAdded:" + string.Join(',', reactions.Select(reaction => reaction.Type)));

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unrecognized");

        protected override Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            Task.FromResult<InvokeResponse?>(new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "Done" }));

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
