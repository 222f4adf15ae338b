namespace NewsBot.Protocol.Turns;

/// <summary>A step that runs around every turn, in the order registered with <see cref="BotAdapter.Use"/>.</summary>
public interface IMiddleware
{
    /// <summary>Does its work and calls <paramref name="next"/> to continue; not calling it ends the turn there.</summary>
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
