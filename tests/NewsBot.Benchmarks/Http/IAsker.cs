namespace NewsBot.Benchmarks.Http;

// One worker of the load generator: its own conversation with the bot, asking one question at a time.
internal interface IAsker : IAsyncDisposable
{
    Task StartAsync(CancellationToken cancellationToken);

    // Asks and waits for the bot's reply to it; AnsweredAt is when the answer reached the client (Stopwatch ticks).
    Task<AskResult> AskAsync(string question, CancellationToken cancellationToken);
}

// IsAnswer: the reply carried an answer object (answered, ambiguous or not found) for the question asked; anything else
// the bot said back is counted but is not an answer.
internal readonly record struct AskResult(bool IsAnswer, long AnsweredAt);
