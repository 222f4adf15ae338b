using System.Text.RegularExpressions;
using NewsBot.Dialogs.Rendering;
using NewsBot.Dialogs.Replies;
using NewsBot.Dialogs.Tests.Support;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests.Rendering;

public sealed partial class WebChatShapeTests
{
    private readonly AnswerReplies _replies = new(new ConversationOptions());

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void An_answer_is_one_markdown_message_with_its_card_and_follow_ups(string channel)
    {
        var message = Assert.Single(ChannelShaper.Shape(_replies.Answered(Answers.Answered(), null), channel));
        Assert.Equal(TextFormats.Markdown, message.TextFormat);
        Assert.Equal(AnswerCard.ContentType, Assert.Single(message.Attachments!).ContentType);
        Assert.Equal(["Who said that?", "More"], message.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.All(message.SuggestedActions.Actions!, a => Assert.Equal("imBack", a.Type));
        Assert.All(message.SuggestedActions.Actions!, a => Assert.Equal(a.Title, a.Value!.Value.GetString()));
        Assert.Null(message.Entities);
    }

    [Fact]
    public void Every_marker_has_a_definition_and_every_definition_a_marker()
    {
        var text = Text(Answers.Answered(citations: 4, disagreement: true));
        var body = text[..text.IndexOf("\n[1]: ", StringComparison.Ordinal)];
        var markers = Marker().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        var definitions = Definition().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(Enumerable.Range(1, 5), markers);
        Assert.Equal(markers, definitions);
    }

    [Fact]
    public void Definitions_without_an_address_use_the_cite_scheme_and_name_outlet_title_and_date()
    {
        var text = Text(Answers.Answered());
        Assert.Contains("[1]: cite:1 \"Outlet 1: Headline number 1 about the talks in Geneva (30 December 2021)\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_an_address_links_to_it()
    {
        var answer = Answers.Answered();
        answer = answer with { Citations = [answer.Citations[0] with { Url = "https://news.example/a1" }, .. answer.Citations.Skip(1)] };
        Assert.Contains("[1]: https://news.example/a1 \"Outlet 1:", Text(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void The_short_answer_comes_first_with_its_date_resolved_then_the_quotes_with_outlets()
    {
        var text = Text(Answers.Answered());
        Assert.StartsWith("**January 10 (Monday, 10 January 2022)**\n\n> “Sentence 1 says the talks are in Geneva on January 10.” — Outlet 1 [1]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outlets_that_disagree_get_a_sources_differ_note()
    {
        var text = Text(Answers.Answered(disagreement: true));
        Assert.Contains("**Sources differ** on troops border: 100,000 — Outlet 1 [1]; 175,000 — Outlet 99 [4].", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_in_article_text_is_escaped()
    {
        var answer = Answers.Answered(citations: 1);
        answer = answer with { Citations = [answer.Citations[0] with { Sentence = "Officials said *maybe* [1] <b>soon</b>." }] };
        Assert.Contains("“Officials said \\*maybe\\* \\[1\\] \\<b\\>soon\\</b\\>.”", Text(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_without_citations_have_no_definitions()
    {
        var message = Assert.Single(ChannelShaper.Shape(InfoReplies.Greeting(), Channels.Webchat));
        Assert.DoesNotContain("cite:", message.Text, StringComparison.Ordinal);
    }

    private string Text(NewsBot.Coverage.Answer answer) =>
        Assert.Single(ChannelShaper.Shape(_replies.Answered(answer, null), Channels.Webchat)).Text!;

    [GeneratedRegex(@"\[(\d+)\](?!:)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\[(\d+)\]: cite:\1 ""[^""\n]+""$", RegexOptions.Multiline)]
    private static partial Regex Definition();
}
