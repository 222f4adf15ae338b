using System.Security.Cryptography;
using System.Text;
using NewsBot.Coverage.Indexing;
using NewsBot.Coverage.Ingestion;
using NewsBot.Coverage.Tests.Support;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Tests.Indexing;

// Indexing counts words with its own allocation-free reader; the words table and the text hash must come out exactly
// as TextNormalizer.Words would make them, or answers would see other document frequencies than before.
public class SurfaceWordsTests
{
    [Theory]
    [InlineData("U.S.-Russian relations and the U.K.")]
    [InlineData("N.A.T.O. and U.S.A.F. vs e.g. A.B and A.B.c")]
    [InlineData("Russia's border, don't, Putin’s ʼs ‘quoted’ James' rock's'n'roll")]
    [InlineData("Genève, Ordoñez, Straße, Æsir, Œuvre, Þór, İstanbul, ǅ")]
    [InlineData("«Путин» сказал; Ελλάδα; 東京 2022; ١٢٣ and ²³")]
    [InlineData("𝐀𝐁𝐂 surrogate letters 😀 and émoji")]
    [InlineData("")]
    [InlineData("  ... -- !! ")]
    [InlineData("Supercalifragilisticexpialidocious-and-then-someaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Reads_the_same_words_as_the_normalizer(string text) => AssertSameWords(text);

    [Fact]
    public void Reads_the_same_words_as_the_normalizer_in_every_seed_sentence_and_in_random_text()
    {
        foreach (var sentence in SeedSentences())
        {
            AssertSameWords(sentence);
        }

        var random = new Random(20261123);
        const string alphabet = "aAbBsSuUéÉñßæ. .'’‘ʼ-,UUSS..ки19 \u00A0😀";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            AssertSameWords(new string(chars));
        }
    }

    [Fact]
    public void An_article_reads_to_the_hash_and_counts_of_its_normalised_sentences()
    {
        var table = new WordTable();
        var reader = new ArticleWords(table);
        foreach (var sentences in SeedArticles())
        {
            var (hash, counts) = reader.Read(sentences);

            var normalized = string.Join('\n', sentences.Select(s => string.Join(' ', TextNormalizer.Words(s))));
            Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized))), hash);
            var expected = sentences.SelectMany(s => TextNormalizer.Words(s).Distinct(StringComparer.Ordinal))
                .GroupBy(w => w, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            Assert.Equal(expected, counts.ToDictionary(c => table[c.Word], c => c.Sentences, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_word_table_gives_one_number_to_each_word_and_keeps_them_as_it_grows()
    {
        var table = new WordTable();
        var words = Enumerable.Range(0, 100_000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var numbers = words.Select(w => table.Intern(w)).ToList();

        Assert.Equal(Enumerable.Range(0, words.Count), numbers);
        Assert.Equal(words.Count, table.Count);
        Assert.All(Enumerable.Range(0, words.Count), i => Assert.Equal(words[i], table[i]));
        Assert.Equal(numbers, words.Select(w => table.Intern(w.AsSpan())));
    }

    private static void AssertSameWords(string text)
    {
        var expected = TextNormalizer.Words(text);
        var actual = new List<string>();
        foreach (var word in new SurfaceWords(text, new char[4]))
        {
            actual.Add(word.ToString());
        }

        Assert.Equal(expected, actual);
    }

    private static IEnumerable<IReadOnlyList<string>> SeedArticles() =>
        ArticleReader.Read(RepositoryPaths.Seeds, message => Assert.Fail(message)).Select(raw => ArticleParser.Parse(raw).Sentences);

    private static IEnumerable<string> SeedSentences() => SeedArticles().SelectMany(s => s);
}
