namespace NewsBot.Coverage.Storage;

internal sealed record ArticleInfo(long Id, string Source, string Title, string Outlet, DateOnly? Published, string? Url, int Sentences)
{
    public Citation Cite(string sentence) => new(Source, Outlet, Title, Published, sentence, Url);

    public SourceArticle ToSource() => new(Source, Outlet, Title, Published, Url, Sentences);
}
