using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Answering;

public class QuestionAnalyzerTests
{
    private static readonly Vocabulary Words = new(new Dictionary<string, int>
    {
        ["geneva"] = 5, ["talks"] = 12, ["russia"] = 20, ["troops"] = 9, ["delegation"] = 2, ["goal"] = 1, ["conversation"] = 3,
        ["peskov"] = 2,
    }, 100);

    private static readonly string[] Outlets = ["CNN", "NPR", "Mint", "Associated Press"];

    [Theory]
    [InlineData("When are the Geneva talks?", "When")]
    [InlineData("What time is the call?", "When")]
    [InlineData("Who will lead the delegation?", "Who")]
    [InlineData("Whose dark moment was it?", "Who")]
    [InlineData("How many troops are at the border?", "HowMany")]
    [InlineData("Where was the soldier photographed?", "Where")]
    [InlineData("Why did Putin ask for the call?", "Why")]
    [InlineData("Did the US Air Force fly over Ukraine?", "YesNo")]
    [InlineData("wht is the goal of the conversaton", "What")]
    [InlineData("In which meeting will Ukraine be present?", "What")]
    public void Classifies_the_kind_of_answer_asked_for(string question, string expected) =>
        Assert.Equal(expected, QuestionAnalyzer.Analyze(question, Words, Outlets, null).Type.ToString());

    [Fact]
    public void Misspelt_content_words_are_corrected_against_the_index()
    {
        var question = QuestionAnalyzer.Analyze("when are the Genva tlaks with rusia", Words, Outlets, null);
        Assert.Equal(["geneva", "talks", "russia"], question.Terms.Select(t => t.Word));
        Assert.All(question.Terms, t => Assert.True(t.Corrected));
    }

    [Theory]
    [InlineData("According to NPR, how many troops are there?", "NPR", "troops")]
    [InlineData("what did npr say about the troops?", "NPR", "troops")]
    [InlineData("When are the talks, according to the Associated Press?", "Associated Press", "talks")]
    [InlineData("In CNN's coverage, when are the talks?", "CNN", "talks")]
    public void An_outlet_named_in_the_question_becomes_a_filter(string text, string outlet, string term)
    {
        var question = QuestionAnalyzer.Analyze(text, Words, Outlets, null);
        Assert.Equal(outlet, question.Outlet);
        Assert.Contains(question.Terms, t => t.Word == term);
        Assert.DoesNotContain(question.Terms, t => t.Word is "npr" or "cnn" or "associated");
    }

    [Fact]
    public void According_to_someone_who_is_not_an_outlet_is_part_of_the_question()
    {
        var question = QuestionAnalyzer.Analyze("What is the goal of the conversation according to Peskov?", Words, Outlets, null);
        Assert.Null(question.Outlet);
        Assert.Contains(question.Terms, t => t.Word == "peskov");
    }

    [Fact]
    public void Control_characters_are_removed_and_long_questions_are_cut()
    {
        var question = QuestionAnalyzer.Analyze("when\0 are\u200b the\r\n talks" + new string('x', 2000), Words, Outlets, null);
        Assert.DoesNotContain('\0', question.Text);
        Assert.True(question.Text.Length <= QuestionAnalyzer.MaxQuestionLength);
    }
}
