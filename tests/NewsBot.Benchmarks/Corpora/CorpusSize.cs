namespace NewsBot.Benchmarks.Corpora;

// One size the engine is measured at: a folder of articles (the seeds plus some copies of the BBC corpus).
internal sealed record CorpusSize(string Name, string Label, string Folder, int BbcCopies);
