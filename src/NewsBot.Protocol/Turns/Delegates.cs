using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Turns;

/// <summary>Runs a turn: the bot's logic, or a proactive callback.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>Continues the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// Sees (and may change, add to or drop) the activities the turn is about to send. Call <paramref name="next"/> to send
/// them; not calling it sends nothing.
/// </summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);
