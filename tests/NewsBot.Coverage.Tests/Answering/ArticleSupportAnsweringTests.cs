using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Answering;

// A sentence sharing one of a question's two named words answers it only when its article speaks of the other one.
public class ArticleSupportAnsweringTests
{
    private const string ShowOpens = "The Geneva motor show opens its doors to the public on Thursday.";
    private const string Question = "What is the weather in Geneva?";

    [Fact]
    public async Task A_sentence_from_an_article_that_never_mentions_the_other_question_word_is_not_an_answer()
    {
        using var set = await WithMotorShow("Geneva motor show opens", ShowOpens + " Two hundred exhibitors will show new electric cars.");

        var answer = await set.AskAsync(Question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Null(answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("Geneva motor show opens", ShowOpens + " Forecasters expect fine weather for the opening weekend.")]
    [InlineData("Fine weather for the Geneva motor show", ShowOpens + " Two hundred exhibitors will show new electric cars.")]
    public async Task The_same_sentence_is_an_answer_when_another_sentence_or_the_headline_of_its_article_holds_the_word(string title, string text)
    {
        using var set = await WithMotorShow(title, text);

        var answer = await set.AskAsync(Question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(ShowOpens, answer.Sentence);
        Assert.Equal("Motor Weekly", Assert.Single(answer.Citations).Outlet);
    }

    // The harbour article makes "weather" a word of the index, so the question is not refused for an unknown word.
    private static Task<WrittenArticles> WithMotorShow(string title, string text) =>
        new WrittenArticles()
            .Add("Motor Weekly", title, text)
            .Add("Harbour News", "Storm closes port", "Heavy weather closed the port of Oslo on Friday. Ferries stayed in the harbour until the weather improved.")
            .IndexAsync();
}
