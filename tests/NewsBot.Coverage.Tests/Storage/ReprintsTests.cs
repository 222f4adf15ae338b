using NewsBot.Coverage.Storage;

namespace NewsBot.Coverage.Tests.Storage;

public class ReprintsTests
{
    private const string Sentence = "The summit will take place on Monday.";

    [Fact]
    public void Only_an_outlets_first_printing_of_a_sentence_is_kept()
    {
        var reprints = new Reprints();

        Assert.Equal(Sentence, reprints.IsFirst(1, "Wire", Sentence));
        Assert.Null(reprints.IsFirst(2, "Wire", Sentence));
        Assert.Equal("The summit will take place on Tuesday.", reprints.IsFirst(3, "Wire", "The summit will take place on Tuesday."));
    }

    [Fact]
    public void The_same_sentence_from_another_outlet_is_kept()
    {
        var reprints = new Reprints();

        Assert.Equal(Sentence, reprints.IsFirst(1, "Wire", Sentence));
        Assert.Equal(Sentence, reprints.IsFirst(2, "Courier", Sentence));
    }

    [Fact]
    public void A_row_read_twice_is_kept_once_and_every_row_read_is_counted()
    {
        var reprints = new Reprints();

        reprints.IsFirst(1, "Wire", Sentence);
        Assert.Null(reprints.IsFirst(1, "Courier", Sentence));
        reprints.IsFirst(2, "Wire", Sentence);

        Assert.Equal(2, reprints.Rows);
    }
}
