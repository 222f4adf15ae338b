using NewsBot.Dialogs.Intents;

namespace NewsBot.Dialogs.Tests.Intents;

public sealed class IntentRecognizerTests
{
    private static readonly string[] Outlets = ["AP", "CNN", "Europe News", "Mint", "NPR"];
    private static readonly RecognizerContext AfterAnswer = new(true, [], Outlets);
    private static readonly RecognizerContext Fresh = new(false, [], Outlets);

    [Theory]
    [InlineData("help", nameof(IntentKind.Help))]
    [InlineData("HELP!", nameof(IntentKind.Help))]
    [InlineData("hepl", nameof(IntentKind.Help))]
    [InlineData("halp", nameof(IntentKind.Help))]
    [InlineData("What can you do?", nameof(IntentKind.Help))]
    [InlineData("?", nameof(IntentKind.Help))]
    [InlineData("hi", nameof(IntentKind.Greeting))]
    [InlineData("Hello there!", nameof(IntentKind.Greeting))]
    [InlineData("thanks", nameof(IntentKind.Thanks))]
    [InlineData("Thank you!", nameof(IntentKind.Thanks))]
    [InlineData("What sources do you have?", nameof(IntentKind.ListSources))]
    [InlineData("what sorces do you have", nameof(IntentKind.ListSources))]
    [InlineData("Which outlets?", nameof(IntentKind.ListSources))]
    [InlineData("What's the story?", nameof(IntentKind.Story))]
    [InlineData("whats the story", nameof(IntentKind.Story))]
    [InlineData("what’s the story", nameof(IntentKind.Story))]
    [InlineData("whats teh story", nameof(IntentKind.Story))]
    [InlineData("What is the stroy?", nameof(IntentKind.Story))]
    [InlineData("summary please", nameof(IntentKind.Story))]
    [InlineData("more", nameof(IntentKind.More))]
    [InlineData("More!!!", nameof(IntentKind.More))]
    [InlineData("mroe", nameof(IntentKind.More))]
    [InlineData("tell me more", nameof(IntentKind.More))]
    [InlineData("more please", nameof(IntentKind.More))]
    [InlineData("can you tell me more", nameof(IntentKind.More))]
    [InlineData("who said that?", nameof(IntentKind.WhoSaidThat))]
    [InlineData("Who said that", nameof(IntentKind.WhoSaidThat))]
    [InlineData("who sayd that?", nameof(IntentKind.WhoSaidThat))]
    [InlineData("sources", nameof(IntentKind.WhoSaidThat))]
    [InlineData("sorces", nameof(IntentKind.WhoSaidThat))]
    [InlineData("Sources?", nameof(IntentKind.WhoSaidThat))]
    [InlineData("says who?", nameof(IntentKind.WhoSaidThat))]
    [InlineData("only NPR", nameof(IntentKind.SetOutlet))]
    [InlineData("just cnn please", nameof(IntentKind.SetOutlet))]
    [InlineData("NPR only", nameof(IntentKind.SetOutlet))]
    [InlineData("only from Europe News", nameof(IntentKind.SetOutlet))]
    [InlineData("stick to the AP", nameof(IntentKind.SetOutlet))]
    [InlineData("all outlets", nameof(IntentKind.ClearOutlet))]
    [InlineData("All sources!", nameof(IntentKind.ClearOutlet))]
    [InlineData("reset", nameof(IntentKind.Reset))]
    [InlineData("start over", nameof(IntentKind.Reset))]
    public void Commands_are_recognised_whatever_the_case_punctuation_or_typo(string text, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(text, AfterAnswer).Kind.ToString());

    [Theory]
    [InlineData("more troops?")]
    [InlineData("More troops at the border?")]
    [InlineData("tell me more about the talks")]
    [InlineData("who said that Russia moved troops?")]
    [InlineData("What is the story with the troops?")]
    [InlineData("What did NPR say about the troops?")]
    [InlineData("According to CNN, when did Biden and Putin last speak?")]
    [InlineData("sources say what about Geneva?")]
    [InlineData("Is NPR the only source?")]
    [InlineData("only 100,000 troops?")]
    [InlineData("only CBS")]
    [InlineData("help Ukraine?")]
    [InlineData("forces")]
    [InlineData("Putin")]
    [InlineData("how")]
    [InlineData("When are the Geneva talks?")]
    public void Real_questions_are_never_taken_for_commands(string text) =>
        Assert.Equal(IntentKind.Question, IntentRecognizer.Recognize(text, AfterAnswer).Kind);

    [Theory]
    [InlineData("sources")]
    [InlineData("show me the sources")]
    public void Sources_before_any_answer_lists_what_the_bot_has(string text) =>
        Assert.Equal(IntentKind.ListSources, IntentRecognizer.Recognize(text, Fresh).Kind);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \r\n ")]
    public void Missing_or_blank_text_is_empty(string? text) =>
        Assert.Equal(IntentKind.Empty, IntentRecognizer.Recognize(text, AfterAnswer).Kind);

    [Theory]
    [InlineData("only npr", "NPR")]
    [InlineData("just Europe News", "Europe News")]
    [InlineData("only EN", "Europe News")]
    [InlineData("cnn only", "CNN")]
    public void An_outlet_filter_names_the_indexed_outlet(string text, string outlet)
    {
        var intent = IntentRecognizer.Recognize(text, Fresh);
        Assert.Equal(IntentKind.SetOutlet, intent.Kind);
        Assert.Equal(outlet, intent.Outlet);
    }

    [Theory]
    [InlineData("Geneva", 0)]
    [InlineData("geneva!", 0)]
    [InlineData("United States", 2)]
    [InlineData("2", 1)]
    [InlineData("the first one", 0)]
    [InlineData("number 3", 2)]
    [InlineData("More", 3)]
    public void A_pending_did_you_mean_is_answered_by_label_or_number(string text, int candidate)
    {
        var context = new RecognizerContext(true, ["Geneva", "Europe", "United States", "More"], Outlets);
        var intent = IntentRecognizer.Recognize(text, context);
        Assert.Equal(IntentKind.PickCandidate, intent.Kind);
        Assert.Equal(candidate, intent.Candidate);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("2014")]
    [InlineData("Geneva talks?")]
    public void Other_messages_are_not_taken_for_a_choice(string text)
    {
        var context = new RecognizerContext(true, ["Geneva", "Europe", "United States"], Outlets);
        Assert.NotEqual(IntentKind.PickCandidate, IntentRecognizer.Recognize(text, context).Kind);
    }

    [Fact]
    public void Without_a_pending_choice_a_number_is_a_question() =>
        Assert.Equal(IntentKind.Question, IntentRecognizer.Recognize("2", AfterAnswer).Kind);

    [Fact]
    public void The_message_is_kept_as_typed_but_trimmed() =>
        Assert.Equal("When are the Geneva talks?", IntentRecognizer.Recognize("  When are the Geneva talks?\r\n", AfterAnswer).Text);
}
