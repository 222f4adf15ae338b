using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Answering;

public class MatchExpressionTests
{
    [Theory]
    [InlineData("\"Geneva\" AND NOT talks OR col:umn NEAR(a b) * ^ -minus")]
    [InlineData("'; DROP TABLE sentences; --")]
    [InlineData("text:\"unbalanced")]
    public void Every_term_is_a_quoted_plain_word(string input)
    {
        var question = QuestionAnalyzer.Analyze(input, Vocabulary.Empty, [], null);
        var expression = SentenceSearch.MatchExpression(question.Terms);
        Assert.NotNull(expression);
        foreach (var part in expression.Split(" OR "))
        {
            Assert.Matches("^\"[\\p{L}\\p{N}]+\"$", part);
        }
    }
}
