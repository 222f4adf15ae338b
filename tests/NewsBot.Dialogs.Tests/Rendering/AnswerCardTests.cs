using System.Text.Json;
using NewsBot.Dialogs.Rendering;
using NewsBot.Dialogs.Replies;
using NewsBot.Dialogs.Tests.Support;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests.Rendering;

public sealed class AnswerCardTests
{
    private readonly AnswerReplies _replies = new(new ConversationOptions());

    [Fact]
    public void The_card_is_an_adaptive_card_1_5_that_survives_the_wire_format()
    {
        var wire = JsonSerializer.Serialize(Message(Answers.Answered()), ProtocolJson.Options);
        var attachment = JsonDocument.Parse(wire).RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
    }

    [Fact]
    public void The_card_shows_the_short_answer_then_each_source_with_outlet_date_and_sentence()
    {
        var body = Card(Answers.Answered()).GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("January 10 (Monday, 10 January 2022)", body[0].GetProperty("text").GetString());
        Assert.Contains(body, b => b.GetProperty("type").GetString() == "TextBlock" && b.GetProperty("text").GetString() == "Sources");
        var sources = body.Where(b => b.GetProperty("type").GetString() == "Container").ToList();
        Assert.Equal(3, sources.Count);
        var first = sources[0].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Equal(["[1] Outlet 1 · 30 December 2021", "“Sentence 1 says the talks are in Geneva on January 10.”", "Headline number 1 about the talks in Geneva"], first);
    }

    [Fact]
    public void A_disagreement_gets_a_sources_differ_section_with_each_value_and_its_outlets()
    {
        var body = Card(Answers.Answered(disagreement: true)).GetProperty("body").EnumerateArray().ToList();
        var heading = body.FindIndex(b => b.TryGetProperty("text", out var t) && t.GetString() == "Sources differ on troops border");
        Assert.True(heading > 0);
        var facts = body[heading + 1].GetProperty("facts").EnumerateArray().Select(f => $"{f.GetProperty("title")}={f.GetProperty("value")}").ToList();
        Assert.Equal(["100,000=Outlet 1 [1]", "175,000=Outlet 99 [4]"], facts);
    }

    [Fact]
    public void Without_a_disagreement_there_is_no_sources_differ_section() =>
        Assert.DoesNotContain("Sources differ", Card(Answers.Answered()).GetRawText(), StringComparison.Ordinal);

    [Fact]
    public void Buttons_are_action_submit_carrying_the_follow_up_as_text_and_as_teams_imback()
    {
        var card = Card(Answers.Answered());
        Assert.DoesNotContain("Action.Execute", card.GetRawText(), StringComparison.Ordinal);
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        var data = actions[0].GetProperty("data");
        Assert.Equal("Who said that?", data.GetProperty("text").GetString());
        Assert.Equal("imBack", data.GetProperty("msteams").GetProperty("type").GetString());
        Assert.Equal("Who said that?", data.GetProperty("msteams").GetProperty("value").GetString());
    }

    [Fact]
    public void Cards_can_be_turned_off()
    {
        var replies = new AnswerReplies(new ConversationOptions { AnswerCards = false });
        Assert.Null(Assert.Single(ChannelShaper.Shape(replies.Answered(Answers.Answered(), null), Channels.Webchat)).Attachments);
    }

    private Activity Message(NewsBot.Coverage.Answer answer) =>
        Assert.Single(ChannelShaper.Shape(_replies.Answered(answer, null), Channels.Webchat));

    private JsonElement Card(NewsBot.Coverage.Answer answer) => Message(answer).Attachments![0].Content!.Value;
}
