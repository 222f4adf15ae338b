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
        var groups = ClaimGrouper.Group(Monday.Concat(Tuesday).ToList(), 3);

        Assert.Equal("Tuesday", groups[0].Lead.Short!.Text);
        Assert.Equal(["Courier", "Herald"], groups[0].Members.Select(m => m.Article.Outlet).Order());
        Assert.Equal("Wire", Assert.Single(groups[1].Members).Article.Outlet);
        Assert.Equal("Monday", groups[1].Lead.Short!.Text);
    }

    // The outlet's other sentences of the value are in its claim already: "Monday" is offered once, not three times.
    [Fact]
    public void An_outlets_other_articles_with_the_same_value_do_not_become_claims_of_their_own()
    {
        var groups = ClaimGrouper.Group(Monday.Concat(Tuesday).ToList(), 5);

        Assert.Single(groups, g => g.Lead.Short?.Value == "monday");
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

    private static readonly ScoredSentence[] Monday =
    [
        Sentence(1, "Wire", "The vote is on Monday.", "Monday"),
        Sentence(2, "Wire", "Voters go to the polls on Monday.", "Monday"),
        Sentence(3, "Wire", "Polls open on Monday morning.", "Monday"),
    ];

    private static readonly ScoredSentence[] Tuesday =
    [
        Sentence(4, "Courier", "The vote is on Tuesday.", "Tuesday"),
        Sentence(5, "Herald", "Voting takes place on Tuesday.", "Tuesday"),
    ];

    private static ScoredSentence Sentence(long id, string outlet, string text, string value) =>
        new(
            new Candidate(id, new ArticleInfo(id, $"{outlet}-{id}", "Vote", outlet, null, null, 1), 0, text, 0),
            new SentenceFeatures(Coverage: 1, Proximity: 1, TypeCue: 1, TypeRequired: true, Fuzzy: 0.9, Quality: 1, SpecificMatched: 2, HasUnknownTerm: false),
            new ShortAnswer(value, value.ToLowerInvariant()));
}
