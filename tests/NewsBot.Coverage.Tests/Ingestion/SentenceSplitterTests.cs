using NewsBot.Coverage.Ingestion;

namespace NewsBot.Coverage.Tests.Ingestion;

public class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Abbreviations and initials do not end sentences.
        { "The U.S. and its allies refused. Russia objected strongly.", ["The U.S. and its allies refused.", "Russia objected strongly."] },
        { "It could wreck U.S.-Russian relations. That would be a mistake.", ["It could wreck U.S.-Russian relations.", "That would be a mistake."] },
        { "Talks are set for Jan. 10 in Geneva. Biden will not attend.", ["Talks are set for Jan. 10 in Geneva.", "Biden will not attend."] },
        { "They last spoke on Dec. 7. Nothing has changed since then.", ["They last spoke on Dec. 7.", "Nothing has changed since then."] },
        { "He spoke from Wilmington, Del., on Thursday. The call lasted 50 minutes.", ["He spoke from Wilmington, Del., on Thursday.", "The call lasted 50 minutes."] },
        { "He was at home in Wilmington, Del. The call lasted 50 minutes.", ["He was at home in Wilmington, Del.", "The call lasted 50 minutes."] },
        { "Secretary of State Antony J. Blinken spoke with Zelensky. They discussed aid.", ["Secretary of State Antony J. Blinken spoke with Zelensky.", "They discussed aid."] },
        { "Mr. Putin claimed the opposite. Nobody believed him.", ["Mr. Putin claimed the opposite.", "Nobody believed him."] },
        { "Gen. Mark Milley briefed reporters on Monday. He was cautious.", ["Gen. Mark Milley briefed reporters on Monday.", "He was cautious."] },
        { "The talks moved to St. Petersburg last year. Few had expected it.", ["The talks moved to St. Petersburg last year.", "Few had expected it."] },
        { "Ukraine is the No. 1 issue for the alliance. Other issues can wait.", ["Ukraine is the No. 1 issue for the alliance.", "Other issues can wait."] },
        { "The call is at 3 p.m. Thursday in Washington.", ["The call is at 3 p.m. Thursday in Washington."] },
        { "The call began at 10 a.m. The president spoke first.", ["The call began at 10 a.m.", "The president spoke first."] },
        { "He moved to the U.S. The next year he returned.", ["He moved to the U.S.", "The next year he returned."] },

        // Times and decimals.
        {
            "The call will be held at 3:30 pm Eastern Time (2030 GMT, 23.30 Moscow Time). Officials confirmed it.",
            ["The call will be held at 3:30 pm Eastern Time (2030 GMT, 23.30 Moscow Time).", "Officials confirmed it."]
        },
        { "Profits rose to $1.13bn, up 2.5% on the year. Shares fell sharply.", ["Profits rose to $1.13bn, up 2.5% on the year.", "Shares fell sharply."] },

        // Quotes close the sentence they end.
        {
            "“We are in a moment of crisis,” said a senior official.” Officials agreed on Thursday.",
            ["“We are in a moment of crisis,” said a senior official.”", "Officials agreed on Thursday."]
        },
        {
            "He said: “The talks will go on.” Officials agreed on Thursday.",
            ["He said: “The talks will go on.”", "Officials agreed on Thursday."]
        },
        {
            "President Putin said, yes, let’s talk. When Biden called, he answered at once.",
            ["President Putin said, yes, let’s talk.", "When Biden called, he answered at once."]
        },
        { "“Why now?” he asked reporters on Thursday.", ["“Why now?” he asked reporters on Thursday."] },
        {
            "He called it `` a serious mistake '' . Other officials disagreed .",
            ["He called it `` a serious mistake '' .", "Other officials disagreed ."]
        },
        { "The talks were `` frank . '' They lasted an hour .", ["The talks were `` frank . ''", "They lasted an hour ."] },
        { "\"I fell to daydreaming. \" Hailey later recalled that day.", ["\"I fell to daydreaming. \"", "Hailey later recalled that day."] },

        // Ellipses end a sentence only before a capital.
        { "Putin is seeking a way out... But nobody knows for sure.", ["Putin is seeking a way out...", "But nobody knows for sure."] },
        { "Prices fell... and then recovered sharply.", ["Prices fell... and then recovered sharply."] },
        { "Will Russia invade? Officials are not sure. It is possible!", ["Will Russia invade?", "Officials are not sure.", "It is possible!"] },

        // Bullets are items of their own, without their markers.
        {
            "• Small arms arrive in Ukraine.\n• Troops will train the army.\n- Sanctions are being prepared.\n* Talks resume in January.",
            ["Small arms arrive in Ukraine.", "Troops will train the army.", "Sanctions are being prepared.", "Talks resume in January."]
        },

        // A line break inside a paragraph is a space.
        { "The talks will take place\nin Geneva on Monday.", ["The talks will take place in Geneva on Monday."] },

        // Scraping debris: stray stops, commas after stops, lower-case continuations, lone quotes, short fragments.
        {
            "said a senior official. of the administration. speaking on condition of anonymity, he told reporters.",
            ["said a senior official. of the administration. speaking on condition of anonymity, he told reporters."]
        },
        {
            "It is prepared to help the country defend itself if necessary. .",
            ["It is prepared to help the country defend itself if necessary."]
        },
        {
            "Ukraine will not be admitted to the EU. NATO. Biden has refused to go that far.",
            ["Ukraine will not be admitted to the EU. NATO.", "Biden has refused to go that far."]
        },
        {
            "Blinken said so, according to the spokesman. , Ned Price. They discussed peace.",
            ["Blinken said so, according to the spokesman. , Ned Price.", "They discussed peace."]
        },
        { "When Putin asked, President Biden said yes. “", ["When Putin asked, President Biden said yes."] },
        { "Yes. The talks will go on.", ["Yes. The talks will go on."] },
        { "2:52", [] },
        { "— 2021 —", [] },
        { "Fine.", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_paragraph_into_sentences(string paragraph, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(paragraph));

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_sentence_of_a_seed_is_printed_verbatim_and_has_at_least_three_words(string seed)
    {
        var text = Seeds.Text(seed);
        foreach (var paragraph in text.Split('\n'))
        {
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                Assert.Contains(sentence, paragraph, StringComparison.Ordinal);
                Assert.True(SentenceSplitter.WordCount(sentence) >= SentenceSplitter.MinWords, sentence);
                Assert.Equal(sentence.Trim(), sentence);
            }
        }
    }
}
