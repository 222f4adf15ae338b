namespace NewsBot.Coverage.Storage;

// FirstSentence and LastSentence: the row ids of the article's sentences, which are written together.
internal sealed record ArticleInfo(
    long Id, string Source, string Title, string Outlet, DateOnly? Published, string? Url, int Sentences, long FirstSentence = 0, long LastSentence = -1)
{
    public Citation Cite(string sentence) => new(Source, Outlet, Title, Published, sentence, Url);

    public SourceArticle ToSource() => new(Source, Outlet, Title, Published, Url, Sentences);
}
