using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Answering;

// When outlets give different values, each outlet has one vote however many of its articles print its value.
public class OutletVotingTests
{
    [Fact]
    public void An_outlets_several_articles_are_one_member_of_its_value()
    {
        ScoredSentence[] ranked =
        [
            Sentence(1, "Wire", "The vote is on Monday.", "Monday"),
            Sentence(2, "Wire", "Voters go to the polls on Monday.", "Monday"),
            Sentence(3, "Wire", "Polls open on Monday morning.", "Monday"),
            Sentence(4, "Courier", "The vote is on Tuesday.", "Tuesday"),
            Sentence(5, "Herald", "Voting takes place on Tuesday.", "Tuesday"),
        ];

        var groups = ClaimGrouper.Group(ranked, 3);

        Assert.Equal("Tuesday", groups[0].Lead.Short!.Text);
        Assert.Equal(["Courier", "Herald"], groups[0].Members.Select(m => m.Article.Outlet).Order());
        Assert.Equal("Wire", Assert.Single(groups[1].Members).Article.Outlet);
        Assert.Equal("Monday", groups[1].Lead.Short!.Text);
    }

    [Fact]
    public async Task Two_outlets_outvote_one_outlet_that_words_its_value_three_ways()
    {
        using var set = await new WrittenArticles()
            .Add("Wire", "Vote date", "The Lisbon council vote is set for December 7. Turnout is expected to be high.")
            .Add("Wire", "Council news", "Officials confirmed the Lisbon council vote will be held on Dec. 7. Counting starts at night.")
            .Add("Wire", "Lisbon week", "The Lisbon council vote falls on December 7 this year. Polls close at eight.")
            .Add("Courier", "Council vote", "The Lisbon council vote is set for December 8. Campaigning has ended.")
            .Add("Herald", "Vote preview", "The Lisbon council vote will be held on December 8. Ballots are printed.")
            .IndexAsync();

        var answer = await set.AskAsync("When is the Lisbon council vote?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("December 8", answer.Text);
        Assert.Equal(["Courier", "Herald"], answer.Citations.Select(c => c.Outlet).Order());
    }

    private static ScoredSentence Sentence(long id, string outlet, string text, string value) =>
        new(
            new Candidate(id, new ArticleInfo(id, $"{outlet}-{id}", "Vote", outlet, null, null, 1), 0, text, 0),
            new SentenceFeatures(Coverage: 1, Proximity: 1, TypeCue: 1, TypeRequired: true, Fuzzy: 0.9, Quality: 1, SpecificMatched: 2, HasUnknownTerm: false),
            new ShortAnswer(value, value.ToLowerInvariant()));
}
