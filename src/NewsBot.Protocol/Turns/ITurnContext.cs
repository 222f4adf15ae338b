using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Turns;

/// <summary>One turn: the inbound activity, per-turn state, and the way to answer.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>The adapter running the turn.</summary>
    BotAdapter Adapter { get; }

    /// <summary>State that lives for this turn only.</summary>
    TurnStateCollection TurnState { get; }

    /// <summary>Whether the bot has sent anything other than trace activities this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends a text message (inputHint <c>acceptingInput</c> unless given).</summary>
    Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    /// <summary>Sends an activity, addressed to the inbound activity's sender (from, recipient, conversation, replyToId filled in).</summary>
    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends activities in order, addressed like <see cref="SendActivityAsync(Activity, CancellationToken)"/>.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity the bot sent earlier; <c>activity.Id</c> names it.</summary>
    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an activity the bot sent earlier.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Adds a hook that runs before activities are sent; hooks run in the order added.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
