using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Text;

public class VocabularyTests
{
    private static readonly Vocabulary Words = new(new Dictionary<string, int>
    {
        ["geneva"] = 5, ["russia"] = 20, ["russian"] = 15, ["delegation"] = 2, ["conversation"] = 3, ["whether"] = 4,
        ["talks"] = 12, ["troops"] = 9,
    }, 100);

    [Theory]
    [InlineData("genva", "geneva")]
    [InlineData("rusia", "russia")]
    [InlineData("delegaton", "delegation")]
    [InlineData("conversaton", "conversation")]
    [InlineData("troosp", "troops")]
    public void Misspelt_words_are_corrected_to_indexed_words(string typed, string expected) =>
        Assert.Equal(expected, Words.Correct(typed));

    [Theory]
    [InlineData("weather")]
    [InlineData("brazil")]
    [InlineData("pope")]
    [InlineData("geneva")]
    public void Words_that_are_indexed_or_too_far_are_not_corrected(string typed) => Assert.Null(Words.Correct(typed));

    [Fact]
    public void A_word_the_index_never_saw_weighs_more_than_its_rarest_word() =>
        Assert.True(Words.Idf("brazil") > Words.Idf("delegation"));
}
