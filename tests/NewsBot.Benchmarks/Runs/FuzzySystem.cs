using FuzzySharp;

namespace NewsBot.Benchmarks.Runs;

// The other obvious peer: FuzzySharp's Process.ExtractTop (WeightedRatio, its default) over every sentence.
internal sealed class FuzzySystem(string databasePath) : IAnswerSystem
{
    private readonly (string[] Texts, string[] Sources) _sentences = IndexedSentences.Load(databasePath);

    public string Name => "FuzzySharp ExtractTop";

    public BuildStats? Build => null;

    public Task<SystemReply> AskAsync(string question, CancellationToken cancellationToken)
    {
        var best = Process.ExtractTop(question, _sentences.Texts, limit: 1).FirstOrDefault();
        return Task.FromResult(best is null
            ? SystemReply.None
            : new SystemReply(true, best.Value, best.Value, [_sentences.Sources[best.Index]]));
    }

    public void Dispose()
    {
    }
}
