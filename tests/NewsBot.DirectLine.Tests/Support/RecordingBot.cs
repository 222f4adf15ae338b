using System.Collections.Concurrent;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.DirectLine.Tests.Support;

// The real bot, with a note of every activity its turns received (to check what Direct Line told the bot).
public sealed class RecordingBot(IBot inner) : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Received.Enqueue(turnContext.Activity);
        return inner.OnTurnAsync(turnContext, cancellationToken);
    }
}
