using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Answering;

public class AnsweringTests(SeedCoverage seeds) : IClassFixture<SeedCoverage>
{
    private NewsCoverage Coverage => seeds.Coverage;

    [Fact]
    public async Task When_question_gets_a_short_date_answer_cited_by_every_outlet_that_printed_it()
    {
        var answer = await Coverage.AnswerAsync("When are the Geneva talks?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Matches("^(January 10|Jan\\. 10)$", answer.Text);
        Assert.True(answer.Citations.Count >= 2, "the date is printed by several outlets");
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.Source).Distinct().Count());
        Assert.All(answer.Citations, c => Assert.Contains("10", c.Sentence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Misspelt_questions_are_answered()
    {
        var answer = await Coverage.AnswerAsync("who leads the US delegaton in Genva talks with rusia");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("Wendy Sherman", answer.Text);
    }

    [Fact]
    public async Task How_many_question_gets_the_number()
    {
        var answer = await Coverage.AnswerAsync("How many Russian troops are at the Ukrainian border?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("100,000", answer.Text);
    }

    [Fact]
    public async Task Citations_quote_the_sentence_each_outlet_printed_verbatim()
    {
        var answer = await Coverage.AnswerAsync("When are the Geneva talks?");
        var sources = await Coverage.ListSourcesAsync();
        foreach (var citation in answer.Citations)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, citation.Source));
            Assert.Contains(citation.Sentence, text, StringComparison.Ordinal);
            Assert.Contains(sources, s => s.Source == citation.Source && s.Outlet == citation.Outlet && s.Title == citation.Title);
        }
    }

    [Fact]
    public async Task An_outlet_filter_keeps_the_answer_to_that_outlet()
    {
        var sources = await Coverage.ListSourcesAsync();
        var npr = sources.Single(s => s.Source.StartsWith("004", StringComparison.Ordinal)).Outlet;
        var answer = await Coverage.AnswerAsync($"According to {npr}, when are the talks in Geneva?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.All(answer.Citations, c => Assert.Equal(npr, c.Outlet));
    }

    [Fact]
    public async Task Relative_dates_in_the_answer_are_resolved_against_the_article_date()
    {
        var answer = await Coverage.AnswerAsync("When will Moscow continue the conversation with NATO officials?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Dates, d => d.Date == new DateOnly(2022, 1, 12));
    }

    [Theory]
    [InlineData("What is the weather in Geneva?")]
    [InlineData("Who won the football world cup?")]
    [InlineData("What is the capital of Australia?")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    public async Task Questions_the_coverage_does_not_answer_are_not_answered(string question)
    {
        var answer = await Coverage.AnswerAsync(question);
        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.Text);
    }

    [Fact]
    public async Task Sources_list_every_article_with_outlet_title_and_date()
    {
        var sources = await Coverage.ListSourcesAsync();
        Assert.Equal(5, sources.Count);
        Assert.All(sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Outlet));
            Assert.False(string.IsNullOrWhiteSpace(s.Title));
            Assert.NotNull(s.Published);
        });
    }

    [Fact]
    public async Task The_story_is_made_of_facts_several_outlets_printed()
    {
        var story = await Coverage.StoryAsync(3);
        Assert.NotEmpty(story);
        Assert.All(story, claim => Assert.True(claim.Citations.Select(c => c.Outlet).Distinct().Count() >= 2));
    }
}
