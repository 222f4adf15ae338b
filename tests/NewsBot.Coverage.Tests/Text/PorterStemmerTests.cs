using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Tests.Support;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Text;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("focus", "focu")]
    [InlineData("focusing", "focus")]
    [InlineData("ukraine", "ukrain")]
    [InlineData("ukrainian", "ukrainian")]
    [InlineData("elections", "elect")]
    [InlineData("elected", "elect")]
    [InlineData("hopping", "hop")]
    [InlineData("controlling", "control")]
    [InlineData("bed", "bed")]
    public void Stems_as_the_published_algorithm_does(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("Genève")]
    [InlineData("covid19")]
    [InlineData("at")]
    public void Leaves_words_it_does_not_stem_as_they_are(string word) => Assert.Equal(word, PorterStemmer.Stem(word));

    // The stemmer exists to predict FTS5's tokens, so FTS5 itself is the reference: every word of the seed articles.
    [Fact]
    public void Agrees_with_the_porter_tokenizer_of_FTS5_on_every_word_of_the_seeds()
    {
        var words = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt")
            .SelectMany(f => TextNormalizer.Words(File.ReadAllText(f)))
            .Where(w => w.All(c => c is >= 'a' and <= 'z'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 500);

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row');");
        var disagreements = new List<string>();
        foreach (var word in words)
        {
            Execute(connection, "DELETE FROM t;");
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t(x) VALUES ($w);";
            insert.Parameters.AddWithValue("$w", word);
            insert.ExecuteNonQuery();
            using var vocabulary = connection.CreateCommand();
            vocabulary.CommandText = "SELECT term FROM v;";
            var fts5 = (string?)vocabulary.ExecuteScalar();
            if (fts5 != PorterStemmer.Stem(word))
            {
                disagreements.Add($"{word}: FTS5 {fts5}, ours {PorterStemmer.Stem(word)}");
            }
        }

        Assert.Empty(disagreements);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
