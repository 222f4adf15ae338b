using NewsBot.Protocol.Turns;

namespace NewsBot.Protocol.Tests.Support;

/// <summary>A bot whose turn is the given function; counts its turns.</summary>
internal sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public int Turns { get; private set; }

    public static DelegateBot Echo() => new((turn, ct) => turn.SendActivityAsync($"echo: {turn.Activity.Text}", cancellationToken: ct));

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Turns++;
        return onTurn(turnContext, cancellationToken);
    }
}
