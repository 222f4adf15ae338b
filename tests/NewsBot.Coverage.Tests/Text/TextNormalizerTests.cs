using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Genève", "geneve")]
    [InlineData("Franco Ordoñez", "franco ordonez")]
    [InlineData("Russia's border", "russia border")]
    [InlineData("U.S.-Russian relations", "us russian relations")]
    [InlineData("Antony J. Blinken", "antony j blinken")]
    [InlineData("«Путин» сказал", "путин сказал")]
    [InlineData("  \"quoted\" -- text!  ", "quoted text")]
    public void Normalize_keeps_letters_of_every_script_and_folds_case_and_accents(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("talks", "talk")]
    [InlineData("talked", "talk")]
    [InlineData("elections", "election")]
    [InlineData("countries", "country")]
    [InlineData("planned", "plan")]
    [InlineData("focusing", "focus")]
    [InlineData("press", "press")]
    public void Stem_brings_inflections_together(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("genva", "geneva", 1)]
    [InlineData("rusia", "russia", 1)]
    [InlineData("delegaton", "delegation", 1)]
    [InlineData("teh", "the", 1)]
    [InlineData("weather", "whether", 2)]
    public void Damerau_counts_edits(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Damerau(a, b, 3));
}
