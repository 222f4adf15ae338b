using System.Text;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Answering;

// Property test: whatever a person types, answering never throws (no SQL or FTS5 error can escape).
public class HostileInputTests(SeedCoverage seeds) : IClassFixture<SeedCoverage>
{
    private static readonly string[] Fragments =
    [
        "\"", "'", "-", "*", "^", ":", "(", ")", "{", "}", "[", "]", "AND", "OR", "NOT", "NEAR", "NEAR(", "+", "\0", "\u0001",
        "\u200b", "\u202e", "\ud83d\ude00", "\ud800", ";", "--", "/*", "*/", "DROP TABLE sentences;", "text:", "sentences_fts",
        "rowid", "Geneva", "talks", "Genève", "Путин", "\r\n", "\t", "%", "_", "\\", "$match", "?", "100,000", "Jan.", "bm25(",
    ];

    [Fact]
    public async Task Random_questions_made_of_query_syntax_quotes_and_control_characters_never_throw()
    {
        var random = new Random(20211230);
        for (var i = 0; i < 400; i++)
        {
            var text = new StringBuilder();
            var parts = random.Next(1, 12);
            for (var p = 0; p < parts; p++)
            {
                text.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x3000) : Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            var answer = await seeds.Coverage.AnswerAsync(text.ToString());
            Assert.InRange(answer.Confidence, 0, 100);
            Assert.Equal(text.ToString(), answer.Question);
        }
    }

    [Fact]
    public async Task A_question_of_100000_characters_is_answered_without_error()
    {
        var answer = await seeds.Coverage.AnswerAsync(string.Concat(Enumerable.Repeat("When are the Geneva talks? ", 4000)));
        Assert.InRange(answer.Confidence, 0, 100);
    }

    [Fact]
    public async Task Outlet_filters_with_query_syntax_are_harmless()
    {
        var answer = await seeds.Coverage.AnswerAsync("When are the talks?", new AnswerOptions(Outlet: "\" OR 1=1 --"));
        Assert.InRange(answer.Confidence, 0, 100);
    }
}
