using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Storage;

public class ArticleSupportTests
{
    private const string Question = "What is the weather in Geneva?";

    // Two sentences of one article leave out different question words; the article is asked about both.
    [Fact]
    public async Task An_article_is_asked_about_every_word_its_sentences_leave_out()
    {
        var (weather, geneva, found) = await AskAsync(
            "The Geneva motor show opens on Thursday. Forecasters expect fine weather for the opening weekend.",
            (weather, geneva) => [weather, geneva]);

        Assert.Equal(weather | geneva, found);
    }

    [Fact]
    public async Task A_word_the_article_never_holds_is_not_found()
    {
        var (_, _, found) = await AskAsync(
            "The Geneva motor show opens on Thursday. Two hundred exhibitors will show new cars.",
            (weather, _) => [weather]);

        Assert.Equal(0, found);
    }

    // Indexes the motor show article (and another that makes "weather" a known word), asks which of the masks the
    // article holds, and answers the two words' bits and what was found.
    private static async Task<(int Weather, int Geneva, int Found)> AskAsync(string motorShow, Func<int, int, int[]> masks)
    {
        using var set = await new WrittenArticles()
            .Add("Motor Weekly", "Show week", motorShow)
            .Add("Harbour News", "Storm closes port", "Heavy weather closed the port of Oslo on Friday.")
            .IndexAsync();
        await using var connection = await set.OpenAsync();
        var snapshot = await WrittenArticles.SnapshotAsync(connection);
        var question = WrittenArticles.Analyze(snapshot, Question);
        var article = snapshot.Articles.Values.Single(a => a.Outlet == "Motor Weekly").Id;
        var weather = 1 << question.Terms.ToList().FindIndex(t => t.Word == "weather");
        var geneva = 1 << question.Terms.ToList().FindIndex(t => t.Word == "geneva");

        var found = await ArticleSupport.FindAsync(
            connection, snapshot, question, masks(weather, geneva).Select(m => (article, m)), CancellationToken.None);

        return (weather, geneva, found[article]);
    }
}
