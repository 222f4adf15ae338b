using System.Text;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Answering;

// A question about one outlet's coverage reads all of it when it is small. In an index too large for every row holding
// a common word to be ranked, rows are chosen by the question's rare words; an outlet that says the rare word in other
// words ("meet" for "summit") and shares only the common word would otherwise never be read.
public class SmallOutletTests
{
    [Fact]
    public async Task A_small_outlet_answers_in_its_own_words_when_only_a_common_word_is_shared()
    {
        var articles = new WrittenArticles();
        for (var a = 0; a < 62; a++)
        {
            var text = new StringBuilder();
            for (var s = 0; s < 100; s++)
            {
                text.Append($"The ministers reviewed agenda item {(a * 100) + s} in session {a}. ");
            }

            articles.Add("Gazette", $"Session {a}", text.ToString());
        }

        using var set = await articles
            .Add("Courier", "Oslo summit", "Foreign ministers prepare for the Oslo summit. The summit follows months of tension.")
            .Add("CNN", "Ministers to meet", "The ministers will meet on December 9. Security will be tight.")
            .IndexAsync();

        var answer = await set.AskAsync("According to CNN, when is the ministers' summit?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("December 9", answer.Text);
        Assert.Equal("The ministers will meet on December 9.", answer.Sentence);
        Assert.All(answer.Citations, c => Assert.Equal("CNN", c.Outlet));
    }
}
