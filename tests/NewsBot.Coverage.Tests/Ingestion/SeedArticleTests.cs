using NewsBot.Coverage.Ingestion;

namespace NewsBot.Coverage.Tests.Ingestion;

// The five seed articles as they will be indexed: their own sentences, none of the page around them.
public class SeedArticleTests
{
    private static readonly Dictionary<string, Article> Articles = ArticleReader
        .Read(Seeds.Directory, message => throw new InvalidOperationException(message))
        .Select(ArticleParser.Parse)
        .ToDictionary(a => a.Source[..3]);

    [Fact]
    public void Cnn_article_keeps_its_own_sentences_and_its_credit_line()
    {
        var sentences = Articles["000"].Sentences;

        Assert.Contains("Deputy Secretary of State Wendy Sherman will lead the US delegation in the talks, which will take place on January 10, according to several sources familiar with the matter.", sentences);
        Assert.Contains("Pentagon and National Security Council officials will also attend the US talks, a senior administration official said Wednesday.", sentences);
        Assert.Contains("US officials also claim that Moscow is waging a massive disinformation campaign to undermine the Ukrainian government ahead of the country's national elections.", sentences);
        Assert.Contains("The United States has also \"made plans to strengthen NATO's position of strength\" in eastern Europe if Russia attacks Ukraine, an official said, and is prepared to provide Ukraine with further assistance to help the country defend itself if necessary.", sentences);
        Assert.Equal("President Joe Biden will speak with Vladimir Putin on Thursday in hopes of de-escalation of the situation on the border with Ukraine.", sentences[0]);
        Assert.Equal("With information from Natasha Bertrand.", sentences[^1]);
    }

    [Theory]
    [InlineData("The Limited Times")]
    [InlineData("non-English news")]
    [InlineData("2021-12-30T17")]
    [InlineData("What did Biden and Zelensky talk about")]
    [InlineData("2:52")]
    [InlineData("(CNN)")]
    [InlineData("Small arms and ammunition")]
    [InlineData("advertising")]
    [InlineData("Commitment to allies")]
    [InlineData("What did Biden and Putin speak at their virtual summit")]
    [InlineData("This is what we know")]
    [InlineData("How far would the US go")]
    [InlineData("Heavy accumulation of troops")]
    [InlineData("BidenPutin")]
    [InlineData("cnnespanol")]
    [InlineData("All news articles")]
    [InlineData("You may like")]
    [InlineData("Trends 24h")]
    [InlineData("Communities 2019")]
    [InlineData("external sources")]
    [InlineData("inclusion of any links")]
    public void Cnn_article_drops_page_furniture_videos_headings_and_teasers(string furniture) =>
        AssertNowhere("000", furniture);

    [Fact]
    public void Cnn_article_drops_section_headings_that_are_not_sentences() =>
        Assert.DoesNotContain("The United States and Russia to begin talks in Geneva", Articles["000"].Sentences);

    [Fact]
    public void Ap_article_keeps_its_sentences_and_merges_fragments_into_them()
    {
        var sentences = Articles["001"].Sentences;

        Assert.Contains("While Washington continues to provide Ukraine with millions in defense aid, the administration, along with many European allies, is wary of fully guaranteeing the country’s future military defense, a reality Putin has not lost as he seeks to pressure his influence.", sentences);
        Assert.Contains("The call, confirmed by the White House on Wednesday, will mark the second direct talks between leaders this month.", sentences);
        Assert.Contains(sentences, s => s.EndsWith("according to the State Department spokesman. , Ned Price.", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.EndsWith("will not be admitted to the EU. NATO.", StringComparison.Ordinal));
        Assert.Equal("The Associated Press contributed to this report.", sentences[^1]);
    }

    [Theory]
    [InlineData("Leave A Reply")]
    [InlineData("email address")]
    public void Ap_article_drops_the_comment_form(string furniture) => AssertNowhere("001", furniture);

    [Fact]
    public void Mint_article_keeps_its_sentences_and_the_agency_credit()
    {
        var sentences = Articles["002"].Sentences;

        Assert.Contains("As Biden prepared for talks with Putin, the administration sought to highlight its commitment to Ukraine and drive home that Washington is “nothing about you without you” in shaping policy affecting European allies.", sentences);
        Assert.Contains(sentences, s => s.Contains("“principled diplomacy”", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Peskov noted that since that call", StringComparison.Ordinal) && s.EndsWith("which will be discussed further.”", StringComparison.Ordinal));
        Assert.Equal("Associated Press writer Dasha Litvinova in Moscow contributed to this report.", sentences[^1]);
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("valid email")]
    [InlineData("Thank you for subscribing")]
    [InlineData("Never miss a story")]
    [InlineData("download")]
    [InlineData("Our App")]
    [InlineData("Committed to the principle of")]
    public void Mint_article_drops_subscription_prompts_and_cut_off_fragments(string furniture) =>
        AssertNowhere("002", furniture);

    [Fact]
    public void Aggregated_article_keeps_its_sentences_from_the_first_paragraph_on()
    {
        var sentences = Articles["003"].Sentences;

        Assert.StartsWith("The White House stated that U.S. President Joe Biden and Russian President Vladimir Putin will deliver speeches on Thursday (December 30)", sentences[0], StringComparison.Ordinal);
        Assert.Contains("Horn said that Biden has talked with European leaders about the situation on the Ukrainian border, while Biden government officials are in contact with NATO, the European Union and the Organization for Security and Cooperation in Europe.", sentences);
        Assert.Contains("The White House stated that the conference call will be held at 3:30 pm Eastern Time (2030 GMT, 23.30 Moscow Time).", sentences);
        Assert.Contains("When President Putin said that I was interested in contacting the base and calling, President Biden said yes.", sentences);
    }

    [Theory]
    [InlineData("June 20, 2024")]
    [InlineData("HomeEurope")]
    [InlineData("for the second time this month")]
    [InlineData("Source link")]
    [InlineData("Most Popular")]
    [InlineData("Recent Comments")]
    public void Aggregated_article_drops_the_crawl_date_breadcrumb_headline_and_footer(string furniture) =>
        AssertNowhere("003", furniture);

    [Fact]
    public void Npr_article_keeps_its_sentences_captions_and_reporting_credit()
    {
        var sentences = Articles["004"].Sentences;

        Assert.Equal("In this image provided by the White House, President Biden speaks with Russian President Vladimir Putin on the phone from his private residence in Wilmington, Del., on Thursday.", sentences[0]);
        Assert.Contains("A Ukrainian soldier walks in a trench on the front line in Zolote, Ukraine, earlier this month.", sentences);
        Assert.Contains("\"But regardless, our focus is really on action, and on indicators, not on words at this point.\"", sentences);
        Assert.Contains("Putin has made his concerns clear.", sentences);
        Assert.Equal("With reporting from NPR's Charles Maynes in Moscow.", sentences[^1]);
    }

    [Theory]
    [InlineData("Adam Schultz")]
    [InlineData("Getty Images")]
    [InlineData("particlenews")]
    [InlineData("By Franco")]
    [InlineData("WEKU")]
    [InlineData("days ago")]
    [InlineData("What Putin wants")]
    [InlineData("What's the outlook?")]
    [InlineData("Comments")]
    [InlineData("Community Policy")]
    public void Npr_article_drops_bylines_image_links_photo_credits_and_headings(string furniture) =>
        AssertNowhere("004", furniture);

    [Fact]
    public void Npr_article_indexes_nothing_from_the_related_stories_after_it()
    {
        var text = Seeds.Text("004");
        var related = text[text.IndexOf("\nRelated\n", StringComparison.Ordinal)..];

        foreach (var sentence in Articles["004"].Sentences)
        {
            Assert.DoesNotContain(sentence, related, StringComparison.Ordinal);
        }

        foreach (var teaser in new[] { "Angst over China", "no first use", "Zelenskyy by phone on Sunday", "Eli Lake", "10 worst things", "emergency preparations", "Joint STARS", "Stepan Bandera", "Public Radio for Central" })
        {
            AssertNowhere("004", teaser);
        }
    }

    [Theory]
    [InlineData("000", 32)]
    [InlineData("001", 20)]
    [InlineData("002", 30)]
    [InlineData("003", 28)]
    [InlineData("004", 37)]
    public void Seed_yields_its_sentences_once_each_and_in_reading_order(string seed, int count)
    {
        var article = Articles[seed];
        var text = Seeds.Text(seed);

        Assert.Equal(count, article.Sentences.Count);
        Assert.Equal(article.Sentences.Count, article.Sentences.Distinct(StringComparer.Ordinal).Count());
        var positions = article.Sentences.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    private static void AssertNowhere(string seed, string furniture) =>
        Assert.DoesNotContain(Articles[seed].Sentences, s => s.Contains(furniture, StringComparison.OrdinalIgnoreCase));
}
