using NewsBot.Coverage.Answering;

namespace NewsBot.Coverage.Tests.Answering;

public class DateResolverTests
{
    private static readonly DateOnly Thursday30Dec2021 = new(2021, 12, 30);

    [Fact]
    public void A_weekday_in_future_tense_is_this_coming_day()
    {
        var date = Assert.Single(DateResolver.Resolve("Biden will speak with Putin on Thursday.", Thursday30Dec2021, []));
        Assert.Equal(new DateOnly(2021, 12, 30), date.Date);
        Assert.Equal("Thursday (Thursday, 30 December 2021)", date.Display);
    }

    [Fact]
    public void A_weekday_in_past_tense_is_the_last_such_day()
    {
        var date = Assert.Single(DateResolver.Resolve("A senior official told reporters Wednesday.", Thursday30Dec2021, []));
        Assert.Equal(new DateOnly(2021, 12, 29), date.Date);
    }

    [Fact]
    public void A_month_and_day_without_a_year_is_the_occurrence_nearest_the_article()
    {
        var dates = DateResolver.Resolve("Talks on Jan. 10 follow the Dec. 7 call.", Thursday30Dec2021, []);
        Assert.Equal([new DateOnly(2022, 1, 10), new DateOnly(2021, 12, 7)], dates.Select(d => d.Date));
    }

    [Fact]
    public void Days_later_counts_from_the_last_explicit_date_before_it()
    {
        var dates = DateResolver.Resolve(
            "Moscow is expected to continue the conversation with NATO officials two days later.",
            new DateOnly(2021, 12, 31),
            ["U.S. and Russian leaders will lay out their concerns during the Jan. 10 talks."]);
        var date = Assert.Single(dates);
        Assert.Equal(new DateOnly(2022, 1, 12), date.Date);
        Assert.Equal("two days later (Wednesday, 12 January 2022)", date.Display);
    }

    [Fact]
    public void Without_a_publication_date_nothing_is_resolved() =>
        Assert.Empty(DateResolver.Resolve("They spoke on Thursday.", null, []));
}
