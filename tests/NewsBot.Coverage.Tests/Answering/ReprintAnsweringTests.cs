using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Answering;

// An outlet printing a sentence word for word in several articles (syndicated copy, boilerplate) said it once.
public class ReprintAnsweringTests
{
    private const string Question = "When will the Lisbon climate summit take place?";
    private const string WireMonday = "The Lisbon climate summit takes place Monday.";
    private const string Tuesday = "The Lisbon climate summit will take place on Tuesday, officials in Portugal said.";

    [Theory]
    [InlineData(5, 100)]
    [InlineData(10, 5)]
    public async Task One_outlets_reprints_are_one_vote_and_one_citation(int reprints, int candidates)
    {
        var articles = new WrittenArticles(candidates);
        for (var i = 0; i < reprints; i++)
        {
            articles.Add("Wire", $"Climate roundup {i}", $"{WireMonday} Story number {i} of the day covers other news.");
        }

        using var set = await articles
            .Add("Courier", "Summit date set", Tuesday + " Delegations are arriving.")
            .Add("Herald", "Summit preparations", Tuesday + " Hotels are full.")
            .IndexAsync();

        var answer = await set.AskAsync(Question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("Tuesday", answer.Text);
        Assert.Equal(["Courier", "Herald"], answer.Citations.Select(c => c.Outlet).Order());
        Assert.All(answer.Claims, claim =>
            Assert.Equal(claim.Citations.Count, claim.Citations.Select(c => (c.Outlet, c.Sentence)).Distinct().Count()));
        Assert.Contains(answer.Claims, claim => claim.Citations.Any(c => c.Outlet == "Wire" && c.Sentence == WireMonday));
    }

    [Fact]
    public async Task The_same_sentence_printed_by_two_outlets_counts_for_both()
    {
        const string monday = "The Lisbon climate summit will take place on Monday, officials in Portugal said.";
        using var set = await new WrittenArticles()
            .Add("Wire", "Summit date set", monday + " Delegations are arriving.")
            .Add("Agency", "Summit preparations", monday + " Hotels are full.")
            .Add("Courier", "Summit week", Tuesday + " Roads will close.")
            .IndexAsync();

        var answer = await set.AskAsync(Question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("Monday", answer.Text);
        Assert.Equal(["Agency", "Wire"], answer.Citations.Select(c => c.Outlet).Order());
        Assert.All(answer.Citations, c => Assert.Equal(monday, c.Sentence));
    }
}
