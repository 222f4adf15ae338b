namespace NewsBot.Protocol.Turns;

/// <summary>A bot: handles one inbound activity per turn.</summary>
public interface IBot
{
    /// <summary>Handles the turn's activity; replies go through <paramref name="turnContext"/>.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
