using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.Dialogs.Tests.Support;

// An in-memory channel: runs a turn through the bot and keeps what the bot sent, per turn and in order overall.
public sealed class RecordingAdapter : BotAdapter
{
    private const string TurnRecord = "recorded";

    private readonly List<Activity> _sent = [];
    private int _nextId;

    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        var turn = new TurnContext(this, activity);
        var recorded = new List<Activity>();
        turn.TurnState.Set(TurnRecord, recorded);
        await RunPipelineAsync(turn, bot.OnTurnAsync, cancellationToken);
        return recorded;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Get<List<Activity>>(TurnRecord)?.AddRange(activities);
        lock (_sent)
        {
            _sent.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse($"sent-{++_nextId}")).ToArray());
        }
    }

    public override Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("NewsBot does not update activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("NewsBot does not delete activities.");
}
