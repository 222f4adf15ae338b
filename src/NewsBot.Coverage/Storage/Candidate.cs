namespace NewsBot.Coverage.Storage;

internal sealed record Candidate(long SentenceId, ArticleInfo Article, int Position, string Text, double Bm25);
