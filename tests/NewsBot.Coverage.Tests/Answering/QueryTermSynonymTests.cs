using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Answering;

// An "-ing" word of a question is a verb ("heading into talks"); the synonym groups also hold nouns' senses
// ("head" of state), so such a word is matched as written and by its forms only.
public class QueryTermSynonymTests
{
    private static readonly Vocabulary Words = new(new Dictionary<string, int>
    {
        ["heading"] = 2, ["head"] = 3, ["president"] = 6, ["talks"] = 9, ["delegation"] = 4, ["gardener"] = 1,
    }, 50);

    [Fact]
    public void An_ing_question_word_has_no_synonyms_while_its_noun_has()
    {
        Assert.Empty(Term("Who is heading the delegation?", "heading").Synonyms);
        Assert.NotEmpty(Term("Who is the head of the delegation?", "head").Synonyms);
    }

    [Fact]
    public void A_sentence_naming_the_president_does_not_match_heading()
    {
        var question = QuestionAnalyzer.Analyze("What is heading the talks?", Words, [], null);

        var president = SentenceScorer.Cheap(question, "The president opened the talks.", null).Features;
        var gardener = SentenceScorer.Cheap(question, "The gardener opened the talks.", null).Features;

        Assert.Equal(gardener.Coverage, president.Coverage);
        Assert.True(president.Coverage < 1);
    }

    [Fact]
    public void A_sentence_naming_the_president_matches_head()
    {
        var question = QuestionAnalyzer.Analyze("What is the head of the talks?", Words, [], null);

        var president = SentenceScorer.Cheap(question, "The president opened the talks.", null).Features;
        var gardener = SentenceScorer.Cheap(question, "The gardener opened the talks.", null).Features;

        Assert.True(president.Coverage > gardener.Coverage);
    }

    private static QueryTerm Term(string text, string word) =>
        QuestionAnalyzer.Analyze(text, Words, [], null).Terms.Single(t => t.Word == word);
}
