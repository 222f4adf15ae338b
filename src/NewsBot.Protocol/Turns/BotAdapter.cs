using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Turns;

/// <summary>Connects a bot to a channel: runs the middleware pipeline for each turn and carries the bot's outgoing activities.</summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>
    /// Called once when the middleware or the bot throws during a turn: log, apologise, reset the conversation.
    /// Without it the exception propagates to the caller.
    /// </summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    /// <summary>Adds middleware; it runs after the middleware added before it.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Delivers the turn's outgoing activities, in order.</summary>
    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier.</summary>
    public abstract Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes the activity <paramref name="reference"/> names by its ActivityId.</summary>
    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs the middleware, then <paramref name="callback"/>; sends an exception to <see cref="OnTurnError"/> when set.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await RunMiddlewareAsync(turnContext, 0, callback, cancellationToken);
        }
        catch (Exception exception) when (OnTurnError is not null && !IsAbort(exception, cancellationToken))
        {
            await OnTurnError(turnContext, exception);
        }
    }

    private Task RunMiddlewareAsync(ITurnContext turnContext, int index, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        index < _middleware.Count
            ? _middleware[index].OnTurnAsync(turnContext, next => RunMiddlewareAsync(turnContext, index + 1, callback, next), cancellationToken)
            : callback(turnContext, cancellationToken);

    // The caller went away: there is nobody to apologise to.
    private static bool IsAbort(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
