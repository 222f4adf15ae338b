using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Turns;

/// <summary>The turn context the adapters create; outgoing activities go to <see cref="BotAdapter"/> after the send hooks.</summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _sendHandlers = [];

    /// <inheritdoc />
    public Activity Activity { get; } = activity;

    /// <inheritdoc />
    public BotAdapter Adapter { get; } = adapter;

    /// <inheritdoc />
    public TurnStateCollection TurnState { get; } = new();

    /// <inheritdoc />
    public bool Responded { get; private set; }

    /// <inheritdoc />
    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _sendHandlers.Add(handler);
        return this;
    }

    /// <inheritdoc />
    public Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        var message = Activity.CreateMessageActivity();
        message.Text = text;
        message.Speak = speak;
        message.InputHint = inputHint;
        return SendActivityAsync(message, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : null;
    }

    /// <inheritdoc />
    public Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        var outgoing = activities.ToList();
        foreach (var activity in outgoing)
        {
            activity.ApplyConversationReference(reference);
        }

        return RunSendHandlersAsync(0, outgoing, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        Adapter.DeleteActivityAsync(this, Activity.GetConversationReference() with { ActivityId = activityId }, cancellationToken);

    private Task<ResourceResponse[]> RunSendHandlersAsync(int index, List<Activity> activities, CancellationToken cancellationToken) =>
        index < _sendHandlers.Count
            ? _sendHandlers[index](this, activities, () => RunSendHandlersAsync(index + 1, activities, cancellationToken))
            : SendThroughAdapterAsync(activities, cancellationToken);

    private async Task<ResourceResponse[]> SendThroughAdapterAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var responses = await Adapter.SendActivitiesAsync(this, [.. activities], cancellationToken);
        if (activities.Exists(activity => activity.Type != ActivityTypes.Trace))
        {
            Responded = true;
        }

        return responses;
    }
}
