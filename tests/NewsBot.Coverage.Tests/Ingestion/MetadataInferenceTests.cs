using NewsBot.Coverage.Ingestion;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Ingestion;

public sealed class MetadataInferenceTests : IDisposable
{
    private readonly TempFolder _bare = new();

    // The seeds copied without their manifest: everything known about them must come from their text.
    private Dictionary<string, Article> BareSeeds()
    {
        foreach (var file in Directory.EnumerateFiles(Seeds.Directory, "*.txt"))
        {
            File.Copy(file, Path.Combine(_bare.Path, Path.GetFileName(file)));
        }

        var warnings = new List<string>();
        var articles = ArticleReader.Read(_bare.Path, warnings.Add).Select(ArticleParser.Parse).ToDictionary(a => a.Source[..3]);
        Assert.Empty(warnings);
        return articles;
    }

    [Fact]
    public void Bare_seeds_get_outlet_date_author_and_headline_from_their_text()
    {
        var articles = BareSeeds();

        Assert.Equal(("CNN", new DateOnly(2021, 12, 30), null, "Biden to seek de-escalation in Ukraine during call with Putin"), Summary(articles["000"]));
        Assert.Equal(("AP", null, null, "Biden and Putin to talk amid growing tensions in Ukraine"), Summary(articles["001"]));
        Assert.Equal(("Mint", null, null, "Biden, Putin will call as Russia-Ukraine tensions smolder"), Summary(articles["002"]));
        Assert.Equal(("NPR", new DateOnly(2021, 12, 31), "Franco Ordoñez", "Biden again calls on Putin to de-escalate tensions along Ukraine border"), Summary(articles["004"]));
        Assert.All(articles.Values, a => Assert.Null(a.Url));
    }

    [Fact]
    public void Crawl_date_at_the_top_of_a_page_is_not_taken_for_the_publication_date()
    {
        var article = BareSeeds()["003"];

        Assert.Null(article.Published);
        Assert.Equal(ArticleParser.UnknownOutlet, article.Outlet);
        Assert.Equal("Biden and Putin speak amid tensions in Ukraine for the second time this month", article.Title);
    }

    [Fact]
    public void Date_line_at_the_top_is_believed_when_the_article_mentions_nearby_dates()
    {
        var page = "Friday, March 4, 2022\n\nBorder deal signed in Chisinau\n\nThe deal, agreed on March 3, takes effect on April 1.";

        Assert.Equal(new DateOnly(2022, 3, 4), MetadataInference.Infer(page).Published);
    }

    [Theory]
    [InlineData("Published: March 3, 2022", 2022, 3, 3)]
    [InlineData("Updated 3 March 2022 at 10:15", 2022, 3, 3)]
    [InlineData("date 2021-12-31 ContributorsPublishers", 2021, 12, 31)]
    [InlineData("2021-12-30T17:11:01.521Z", 2021, 12, 30)]
    [InlineData("Posted on: 2022-03-03", 2022, 3, 3)]
    public void Labelled_dates_and_timestamps_are_publication_dates(string line, int year, int month, int day)
    {
        var page = $"{line}\n\nBorder deal signed in Chisinau\n\nThe deal was signed on Thursday, June 20, by both ministers.";

        Assert.Equal(new DateOnly(year, month, day), MetadataInference.Infer(page).Published);
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia said on Monday it would hold talks.", "Reuters")]
    [InlineData("WASHINGTON (AP) — The White House said on Monday it would hold talks.", "AP")]
    [InlineData("(CNN) -", "CNN")]
    [InlineData("Source: cnnespanol", "CNN")]
    [InlineData("Source: livemint", "Mint")]
    [InlineData("Via: Example Herald", "Example Herald")]
    [InlineData("subscribe to mint newspaper", "Mint")]
    [InlineData("With reporting from NPR's Charles Maynes in Moscow.", "NPR")]
    [InlineData("WXYZ", "WXYZ")]
    [InlineData("The Associated Press contributed to this report.", "AP")]
    [InlineData("Associated Press writer Dasha Litvinova in Moscow contributed to this report.", "AP")]
    [InlineData("Reuters contributed to this report.", "Reuters")]
    public void Outlet_is_read_from_datelines_labels_prompts_and_credits(string line, string outlet)
    {
        var page = $"Talks on the border to resume\n\nRussia and Ukraine will meet again on Monday, officials said.\n\n{line}";

        Assert.Equal(outlet, MetadataInference.Infer(page).Outlet);
    }

    [Fact]
    public void Page_without_evidence_of_its_outlet_has_none()
    {
        var page = "Talks on the border to resume\n\nRussia and Ukraine will meet again on Monday, officials said.";

        Assert.Null(MetadataInference.Infer(page).Outlet);
    }

    [Fact]
    public void Source_label_outranks_a_dateline_and_a_station_outranks_an_agency_credit()
    {
        var labelled = "Talks to resume\n\n(Reuters) - Russia and Ukraine will meet again on Monday.\n\nSource: cnnespanol";
        var broadcast = "Talks to resume\n\nWXYZ\n\nRussia and Ukraine will meet again on Monday.\n\nThe Associated Press contributed to this report.";

        Assert.Equal("CNN", MetadataInference.Infer(labelled).Outlet);
        Assert.Equal("WXYZ", MetadataInference.Infer(broadcast).Outlet);
    }

    [Fact]
    public void Bylines_datelines_and_credits_of_teasers_below_the_article_are_ignored()
    {
        var page = "Talks to resume\n\nRussia and Ukraine will meet again on Monday, officials said.\n\nRelated\n\nBy John Roe\n\nWASHINGTON (AP) — Another story began here on Sunday.";

        var metadata = MetadataInference.Infer(page);

        Assert.Null(metadata.Outlet);
        Assert.Null(metadata.Author);
    }

    [Theory]
    [InlineData("By Franco Ordoñez", "Franco Ordoñez")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe and John Roe")]
    [InlineData("By Jane Doe, Staff Writer", "Jane Doe")]
    [InlineData("BY JANE DOE", "JANE DOE")]
    public void Author_is_read_from_the_byline(string byline, string author)
    {
        var page = $"Talks on the border to resume\n{byline}\n\nRussia and Ukraine will meet again on Monday, officials said.";

        Assert.Equal(author, MetadataInference.Infer(page).Author);
    }

    [Fact]
    public void Url_is_only_an_address_labelled_as_the_articles_own()
    {
        var labelled = "Talks to resume\n\nRussia and Ukraine will meet on Monday.\n\nSource: https://www.example.com/2022/03/03/talks-resume";
        var siteAndImages = "Talks to resume\n\nhttps://img.example.com/image.php?url=abc\n\nRussia and Ukraine will meet on Monday.\n\nhttps://www.weku.org";

        Assert.Equal("https://www.example.com/2022/03/03/talks-resume", MetadataInference.Infer(labelled).Url);
        Assert.Equal("example.com", MetadataInference.Infer(labelled).Outlet);
        Assert.Null(MetadataInference.Infer(siteAndImages).Url);
    }

    [Theory]
    [InlineData("The Limited Times\n\nNow you can see non-English news...\n\nTalks on the border to resume in Geneva\n\n2021-12-30T17:11:01.521Z\n\nRussia and Ukraine will meet on Monday.", "Talks on the border to resume in Geneva")]
    [InlineData("Thursday, June 20, 2024\nHomeEurope NewsTalks on the border...\n\nTalks on the border to resume this month –\n\nRussia and Ukraine will meet on Monday.", "Talks on the border to resume this month")]
    [InlineData(" date 2021-12-31 ContributorsPublishers\nPOTUS\n\nTalks on the border to resume\n\nBy Jane Doe\nRussia and Ukraine will meet on Monday.", "Talks on the border to resume")]
    [InlineData("Talks on the border to resume in Geneva | Example News\n\nRussia and Ukraine will meet on Monday.", "Talks on the border to resume in Geneva")]
    [InlineData("Russia and Ukraine will meet on Monday, officials said.", null)]
    public void Headline_is_the_first_line_above_the_article_that_is_not_site_furniture(string page, string? title) =>
        Assert.Equal(title, MetadataInference.Infer(page).Title);

    public void Dispose() => _bare.Dispose();

    private static (string, DateOnly?, string?, string) Summary(Article article) =>
        (article.Outlet, article.Published, article.Author, article.Title);
}
