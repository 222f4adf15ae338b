using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Answering;

// A named question word the sentence leaves out is missing unless the article's headline holds it; what is still
// missing after the article's other sentences are looked up lowers the score.
public class MissingWordTests
{
    private const string InGeneva = "In Geneva, the doors open to the public on Thursday.";

    [Fact]
    public void A_word_the_headline_holds_is_not_missing_and_costs_nothing()
    {
        var question = Question();

        var (features, _) = SentenceScorer.Cheap(question, InGeneva, null, 0, Headline.Of("Fine weather for the motor show"));

        Assert.Equal(0, features.Missing);
        Assert.Equal(0, features.Unsupported);
        Assert.Equal(features.Grounded, features.Score);
    }

    [Fact]
    public void A_named_word_neither_sentence_nor_headline_holds_is_missing_and_lowers_the_score()
    {
        var question = Question();

        var (features, _) = SentenceScorer.Cheap(question, InGeneva, null, 0, Headline.Of("Motor show opens"));

        Assert.Equal(1 << IndexOf(question, "weather"), features.Missing);
        Assert.Equal(SentenceScorer.Unsupported(question, features.Missing), features.Unsupported);
        Assert.InRange(features.Unsupported, 0.2, 0.8);
        Assert.True(features.Score < features.Grounded);
    }

    // "assembled" for "moved": verbs are said in other words too often to count against a sentence.
    [Fact]
    public void A_verb_the_sentence_says_in_other_words_is_not_missing()
    {
        var question = QuestionAnalyzer.Analyze(
            "How many troops has Russia moved toward Ukraine?",
            new Vocabulary(new() { ["troops"] = 3, ["russia"] = 9, ["moved"] = 1, ["ukraine"] = 9 }, 50), [], null);

        var (features, _) = SentenceScorer.Cheap(
            question, "Russia has assembled as many as 100,000 troops along the border with Ukraine.", null, 0, Headline.Of("Tensions rise"));

        Assert.Equal(0, features.Missing);
    }

    private static Question Question() =>
        QuestionAnalyzer.Analyze("What is the weather in Geneva?", new Vocabulary(new() { ["weather"] = 3, ["geneva"] = 2 }, 50), [], null);

    private static int IndexOf(Question question, string word) => question.Terms.ToList().FindIndex(t => t.Word == word);
}
