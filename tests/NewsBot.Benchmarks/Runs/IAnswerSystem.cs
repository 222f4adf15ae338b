namespace NewsBot.Benchmarks.Runs;

// A system that answers questions from the indexed sentences: NewsBot or one of its peers.
internal interface IAnswerSystem : IDisposable
{
    string Name { get; }

    // What the system built before it could answer, if anything.
    BuildStats? Build { get; }

    Task<SystemReply> AskAsync(string question, CancellationToken cancellationToken);
}
