using NewsBot.Coverage.Ingestion;

namespace NewsBot.Coverage.Tests.Ingestion;

public class ArticleParserTests
{
    private const string Page = """
        Source: cnnespanol
        Talks on the border to resume in Geneva
        By Jane Doe
        2022-03-03T10:15:00Z

        Russia and Ukraine will meet again on Monday, officials said. The talks will be held in Geneva.

        Related

        Another story ran here on Sunday, its outlet said.
        """;

    [Fact]
    public void Known_metadata_wins_over_what_the_text_says()
    {
        var known = new ArticleMetadata("Known title", "NPR", new DateOnly(2021, 1, 2), "https://example.com/a", "Known Author");

        var article = ArticleParser.Parse(new RawArticle("a.txt", Page, known));

        Assert.Equal(("Known title", "NPR", new DateOnly(2021, 1, 2), "https://example.com/a", "Known Author"),
            (article.Title, article.Outlet, article.Published, article.Url, article.Author));
    }

    [Fact]
    public void Missing_known_fields_are_inferred_from_the_text()
    {
        var article = ArticleParser.Parse(new RawArticle("a.txt", Page, new ArticleMetadata(Outlet: "  ", Author: "Known Author")));

        Assert.Equal(("Talks on the border to resume in Geneva", "CNN", new DateOnly(2022, 3, 3), null, "Known Author"),
            (article.Title, article.Outlet, article.Published, article.Url, article.Author));
        Assert.Equal(["Russia and Ukraine will meet again on Monday, officials said.", "The talks will be held in Geneva."], article.Sentences);
    }

    [Fact]
    public void Bare_text_without_headline_or_outlet_falls_back_to_the_file_name_and_an_unknown_outlet()
    {
        var article = ArticleParser.Parse(new RawArticle("007_story.txt", "Russia and Ukraine will meet again on Monday, officials said.", Known: null));

        Assert.Equal(("007_story", ArticleParser.UnknownOutlet, (DateOnly?)null), (article.Title, article.Outlet, article.Published));
        Assert.Equal("007_story.txt", article.Source);
    }

    [Fact]
    public void Json_line_keeps_its_id_as_source_and_its_known_metadata()
    {
        var known = new ArticleMetadata("Ad sales boost profit", "BBC News");

        var article = ArticleParser.Parse(new RawArticle("bbc/business/001", "Quarterly profits rose 76% to $1.13bn.\n\nShares rose 2.5% on Friday.", known));

        Assert.Equal(("bbc/business/001", "Ad sales boost profit", "BBC News"), (article.Source, article.Title, article.Outlet));
        Assert.Equal(["Quarterly profits rose 76% to $1.13bn.", "Shares rose 2.5% on Friday."], article.Sentences);
    }

    [Fact]
    public void Sentence_printed_twice_is_indexed_once()
    {
        var text = "The talks will be held in Geneva.\n\nRussia and Ukraine will meet again. The talks will be held in Geneva.";

        Assert.Equal(["The talks will be held in Geneva.", "Russia and Ukraine will meet again."], ArticleParser.Parse(new RawArticle("a.txt", text, null)).Sentences);
    }

    [Fact]
    public void Content_hash_is_sha256_hex_and_changes_with_the_text_or_the_known_metadata()
    {
        var known = new ArticleMetadata("Title", "CNN", new DateOnly(2021, 12, 30));
        var hash = ArticleParser.Parse(new RawArticle("a.txt", Page, known)).ContentHash;

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, ArticleParser.Parse(new RawArticle("a.txt", Page, known)).ContentHash);
        Assert.NotEqual(hash, ArticleParser.Parse(new RawArticle("a.txt", Page + " ", known)).ContentHash);
        Assert.NotEqual(hash, ArticleParser.Parse(new RawArticle("a.txt", Page, known with { Published = new DateOnly(2021, 12, 29) })).ContentHash);
        Assert.NotEqual(hash, ArticleParser.Parse(new RawArticle("a.txt", Page, known with { Outlet = "NPR" })).ContentHash);
        Assert.NotEqual(hash, ArticleParser.Parse(new RawArticle("a.txt", Page, null)).ContentHash);
    }
}
