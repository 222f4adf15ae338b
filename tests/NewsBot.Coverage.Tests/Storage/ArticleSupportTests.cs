using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Storage;

public class ArticleSupportTests
{
    // Two sentences of one article leave out different question words; the article is asked about both.
    [Fact]
    public async Task An_article_is_asked_about_every_word_its_sentences_leave_out()
    {
        using var set = await new WrittenArticles()
            .Add("Motor Weekly", "Show week", "The Geneva motor show opens on Thursday. Forecasters expect fine weather for the opening weekend.")
            .Add("Harbour News", "Storm closes port", "Heavy weather closed the port of Oslo on Friday.")
            .IndexAsync();
        await using var connection = await set.OpenAsync();
        var snapshot = await WrittenArticles.SnapshotAsync(connection);
        var question = WrittenArticles.Analyze(snapshot, "What is the weather in Geneva?");
        var article = snapshot.Articles.Values.Single(a => a.Outlet == "Motor Weekly").Id;
        var weather = 1 << question.Terms.ToList().FindIndex(t => t.Word == "weather");
        var geneva = 1 << question.Terms.ToList().FindIndex(t => t.Word == "geneva");

        var found = await ArticleSupport.FindAsync(connection, snapshot, question, [(article, weather), (article, geneva)], CancellationToken.None);

        Assert.Equal(weather | geneva, found[article]);
    }

    [Fact]
    public async Task A_word_the_article_never_holds_is_not_found()
    {
        using var set = await new WrittenArticles()
            .Add("Motor Weekly", "Show week", "The Geneva motor show opens on Thursday. Two hundred exhibitors will show new cars.")
            .Add("Harbour News", "Storm closes port", "Heavy weather closed the port of Oslo on Friday.")
            .IndexAsync();
        await using var connection = await set.OpenAsync();
        var snapshot = await WrittenArticles.SnapshotAsync(connection);
        var question = WrittenArticles.Analyze(snapshot, "What is the weather in Geneva?");
        var article = snapshot.Articles.Values.Single(a => a.Outlet == "Motor Weekly").Id;
        var weather = 1 << question.Terms.ToList().FindIndex(t => t.Word == "weather");

        var found = await ArticleSupport.FindAsync(connection, snapshot, question, [(article, weather)], CancellationToken.None);

        Assert.Equal(0, found[article]);
    }
}
