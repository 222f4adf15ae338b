namespace NewsBot.Benchmarks.Runs;

// One measurement in a process of its own, so that its peak memory is its own: indexing one size, or answering
// every question with one system.
internal static class ChildRuns
{
    public static async Task RunAsync(string kind, string requestPath, string resultPath, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case "index":
                BenchJson.Write(resultPath, await IndexingRun.RunAsync(BenchJson.Read<IndexRequest>(requestPath), cancellationToken));
                break;
            case "newsbot" or "lucene" or "fuzzy":
                var request = BenchJson.Read<AnswerRequest>(requestPath);
                Func<IAnswerSystem> open = kind switch
                {
                    "newsbot" => () => new NewsBotSystem(request.DatabasePath),
                    "lucene" => () => new LuceneSystem(request.DatabasePath, request.IndexFolder),
                    _ => () => new FuzzySystem(request.DatabasePath),
                };
                BenchJson.Write(resultPath, await AnswerBench.RunAsync(open, request, cancellationToken));
                break;
            default:
                throw new ArgumentException($"Unknown child run '{kind}'.");
        }
    }
}
