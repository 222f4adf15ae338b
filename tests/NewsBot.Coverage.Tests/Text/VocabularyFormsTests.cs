using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Text;

// The other indexed forms of a question word, searched with it: forms the scorer's stemmer takes for the same word.
public class VocabularyFormsTests
{
    private static readonly Vocabulary Words = new(new Dictionary<string, int>
    {
        ["focus"] = 7, ["focused"] = 3, ["focusing"] = 2, ["ukraine"] = 40, ["ukrainian"] = 25, ["ukrainians"] = 6,
        ["election"] = 9, ["elections"] = 12, ["elected"] = 2, ["electing"] = 1, ["electoral"] = 4,
        ["report"] = 20, ["reports"] = 9, ["reported"] = 7, ["reporting"] = 5, ["reporters"] = 3, ["reporter"] = 1,
        ["diploma"] = 2, ["diplomats"] = 5, ["talks"] = 30, ["talk"] = 10, ["talking"] = 4,
    }, 200);

    [Fact]
    public void A_word_finds_the_forms_sharing_its_stem() =>
        Assert.Equal(["focus", "focused"], Words.Forms("focusing"));

    // As search words they would select rows about something else ("diploma" for "diplomats").
    [Theory]
    [InlineData("ukraine")]
    [InlineData("diplomats")]
    public void Words_sharing_only_a_long_root_are_not_forms(string word) => Assert.Empty(Words.Forms(word));

    [Fact]
    public void Forms_come_most_frequent_first_and_never_include_the_word()
    {
        var forms = Words.Forms("report");

        Assert.Equal(["reports", "reported", "reporting"], forms);
        Assert.DoesNotContain("report", forms);
    }

    [Fact]
    public void A_word_sharing_a_prefix_but_not_a_stem_is_not_a_form() =>
        Assert.Equal(["elections"], Words.Forms("election"));

    [Theory]
    [InlineData("talk")]
    [InlineData("repo")]
    public void Words_under_five_letters_have_no_forms(string word) => Assert.Empty(Words.Forms(word));

    [Fact]
    public void A_word_the_index_does_not_hold_still_finds_its_indexed_forms()
    {
        var withoutIt = new Vocabulary(new Dictionary<string, int> { ["focus"] = 7, ["focused"] = 3 }, 100);

        Assert.Equal(["focus", "focused"], withoutIt.Forms("focusing"));
    }
}
