using NewsBot.Coverage.Ingestion;

namespace NewsBot.Coverage.Tests.Ingestion;

public class TextCleanerTests
{
    private const string Before = "Ukraine and Moldova agreed on Thursday to open two new border crossings for trucks.";
    private const string After = "Both sides will share customs data electronically from April 1.";

    // A made-up page from a site unlike the seeds: its own chrome, caption style and teaser block.
    private const string OtherSitePage = """
        Example Daily News
        Home > World > Europe
        We use cookies to give you the best experience on our site. By continuing you agree to our Cookie Policy.
        Accept all cookies

        Ukraine and Moldova agree on new border crossing rules
        By Jane Doe and John Roe
        Published: March 3, 2022
        Share this article

        KYIV (Reuters) — Ukraine and Moldova agreed on Thursday to open two new border crossings for trucks, officials said.

        The deal was signed by the two countries' interior ministers in Chisinau.

        Advertisement

        Read more: Moldova's president visits Brussels for talks

        Sign up for our daily newsletter to get the best stories in your inbox.

        Trucks queued for up to 30 hours at the old crossings last month, according to Ukraine's border service.

        "This will cut waiting times in half," Interior Minister Denys Monastyrsky told reporters.

        Customs changes

        Both sides will share customs data electronically from April 1.

        Follow us on Twitter

        Protesters gather near the crossing on Wednesday. (Photo: Jane Roe/Reuters)

        Reporting by Jane Doe; editing by John Roe.

        More from Example Daily News

        Moldova's president visits Brussels for talks
        Maia Sandu met EU officials on Monday to discuss the country's application to join the bloc.

        Poland opens new rail link to Lviv
        The line will carry 20 trains a day, the operator said.

        © 2022 Example Daily News. All rights reserved.
        """;

    [Fact]
    public void Page_from_another_site_keeps_only_the_article_sentences()
    {
        var article = ArticleParser.Parse(new RawArticle("example.txt", OtherSitePage, Known: null));

        Assert.Equal(
            [
                "KYIV (Reuters) — Ukraine and Moldova agreed on Thursday to open two new border crossings for trucks, officials said.",
                "The deal was signed by the two countries' interior ministers in Chisinau.",
                "Trucks queued for up to 30 hours at the old crossings last month, according to Ukraine's border service.",
                "\"This will cut waiting times in half,\" Interior Minister Denys Monastyrsky told reporters.",
                "Both sides will share customs data electronically from April 1.",
                "Protesters gather near the crossing on Wednesday.",
                "Reporting by Jane Doe; editing by John Roe.",
            ],
            article.Sentences);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISING")]
    [InlineData("Share this article")]
    [InlineData("Sign up for our daily newsletter to get the best stories in your inbox.")]
    [InlineData("We use cookies to improve your experience. By continuing you accept our Cookie Policy.")]
    [InlineData("Read more: Will the border deal hold?")]
    [InlineData("Watch: Trucks queue at the border crossing")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Click here to download the full report.")]
    [InlineData("Your email address will not be published.")]
    [InlineData(", Thank you for subscribing to our newsletter!")]
    [InlineData("Never miss a story! Stay connected and informed with us.")]
    [InlineData("Download our app")]
    [InlineData("© 2022 Example News. All rights reserved.")]
    [InlineData("Tags: Ukraine, Moldova, border, trade")]
    [InlineData("#Ukraine#Moldova#Trade")]
    [InlineData("https://example.com/images/photo.jpg?w=640")]
    [InlineData("1:45")]
    [InlineData("Border queues explained 2:31")]
    [InlineData("Home > World > Europe")]
    [InlineData("Continue reading below")]
    [InlineData("The information on this site comes from external sources.")]
    [InlineData("Officials push to reopen border crossings...")]
    [InlineData("2022-03-03T10:15:00Z")]
    [InlineData("Border talks")]
    [InlineData("What comes next?")]
    [InlineData("• Moldova's president visits Brussels for talks")]
    public void Chrome_and_headings_between_paragraphs_are_dropped_and_the_article_goes_on(string line)
    {
        var paragraphs = TextCleaner.Clean($"{Before}\n\n{line}\n\n{After}");

        Assert.Equal([Before, After], paragraphs);
    }

    [Theory]
    [InlineData("Share prices fell sharply on Monday, traders said.")]
    [InlineData("Download speeds doubled last year, the regulator said.")]
    [InlineData("Subscribers to the service rose by 5% last year, the company said.")]
    [InlineData("Copyright lawyers say the ruling will change the industry.")]
    [InlineData("“Our app has two million users,” the company’s founder said.")]
    [InlineData("The newsletter, launched in 2019, now has two million readers.")]
    [InlineData("More than 100 people were hurt in the clashes, police said.")]
    [InlineData("Latest figures show the economy grew by 2.5% in the third quarter.")]
    [InlineData("Related talks will take place in Vienna next week, officials said.")]
    [InlineData("Comments by the minister caused anger in Kyiv.")]
    [InlineData("GDP rose 2.5% to $1.13bn in 2004, up from $0.9bn.")]
    [InlineData("With information from Natasha Bertrand.")]
    [InlineData("The Associated Press contributed to this report.")]
    [InlineData("The US trade deficit widened by more than expected in October, figures have shown")]
    [InlineData("Biden laid out two paths forward, the official said:")]
    public void Sentences_that_use_chrome_words_are_kept(string line)
    {
        var paragraphs = TextCleaner.Clean($"{Before}\n\n{line}\n\n{After}");

        Assert.Equal([Before, line, After], paragraphs);
    }

    [Theory]
    [InlineData("Related")]
    [InlineData("RELATED PEOPLE")]
    [InlineData("Related Articles:")]
    [InlineData("You may also like")]
    [InlineData("YOU MAY ALSO LIKE")]
    [InlineData("You might like")]
    [InlineData("More from Example News")]
    [InlineData("More stories")]
    [InlineData("Most Read")]
    [InlineData("Recommended for you")]
    [InlineData("Comments / 4")]
    [InlineData("Comments (12)")]
    [InlineData("12 Comments")]
    [InlineData("Leave a Reply")]
    [InlineData("Source link")]
    [InlineData("Trending Now")]
    [InlineData("Trends 24h")]
    [InlineData("Latest News")]
    [InlineData("Read next")]
    [InlineData("About the author")]
    public void Teaser_block_marker_ends_the_article(string marker)
    {
        var paragraphs = TextCleaner.Clean($"{Before}\n\n{marker}\n\nOther Outlet\n\n{After}\n\nA different story ran on Monday, the outlet said.");

        Assert.Equal([Before], paragraphs);
    }

    [Fact]
    public void Teaser_block_marker_above_the_article_does_not_end_it()
    {
        var paragraphs = TextCleaner.Clean($"Latest\n\nTrending\n\n{Before}\n\n{After}");

        Assert.Equal([Before, After], paragraphs);
    }

    [Fact]
    public void Video_title_before_its_running_time_is_dropped_even_as_a_question()
    {
        var paragraphs = TextCleaner.Clean($"{Before}\n\nWhat did the two ministers agree on in Chisinau?\n\n2:52\n\n{After}");

        Assert.Equal([Before, After], paragraphs);
    }

    [Fact]
    public void Consecutive_bullets_are_a_list_but_a_lone_unpunctuated_bullet_is_a_link()
    {
        var text = $"{Before}\n\n• Read our full coverage of the border talks here\n\n{After}\n\n- Raised the income-tax threshold to 100,000 rupees\n- Cut corporate tax rates to 30%";

        Assert.Equal(
            [Before, After, "- Raised the income-tax threshold to 100,000 rupees", "- Cut corporate tax rates to 30%"],
            TextCleaner.Clean(text));
    }

    [Fact]
    public void Headline_with_a_trailing_dash_is_not_a_paragraph_however_long()
    {
        var text = $"Ukraine and Moldova agree to open two new border crossings for trucks after months of queues –\n\n{Before}";

        Assert.Equal([Before], TextCleaner.Clean(text));
    }

    [Fact]
    public void Photo_credit_and_a_sentence_cut_off_mid_phrase_are_removed_from_the_end_of_a_paragraph()
    {
        var text = $"{Before} Jane Roe/Getty Images\n\n{After} Committed to the principle of";

        Assert.Equal([Before, After], TextCleaner.Clean(text));
    }

    [Fact]
    public void Paragraph_printed_twice_is_kept_once()
    {
        var text = $"{Before}\n\n{After}\n\n{Before.Replace("two new", "two  new", StringComparison.Ordinal).ToUpperInvariant()}";

        Assert.Equal([Before, After], TextCleaner.Clean(text));
    }

    [Fact]
    public void Everything_down_to_the_headline_is_the_page_head()
    {
        var text = $"Site of the day: a look at regional trade in pictures.\n\nBorder deal signed\n\n{Before}";

        Assert.Equal([Before], TextCleaner.Clean(text, "Border deal signed"));
    }

    [Fact]
    public void Hard_wrapped_paragraph_is_joined_back()
    {
        var text = "Ukraine and Moldova agreed on Thursday to open two new\nborder crossings for trucks.";

        Assert.Equal([Before], TextCleaner.Clean(text));
    }
}
