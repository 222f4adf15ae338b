using System.Text.Json;
using NewsBot.Dialogs.Rendering;
using NewsBot.Dialogs.Replies;
using NewsBot.Dialogs.Tests.Support;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests.Rendering;

public sealed class TeamsShapeTests
{
    private readonly AnswerReplies _replies = new(new ConversationOptions());

    [Fact]
    public void The_card_message_has_no_suggested_actions_and_a_follow_up_message_carries_them()
    {
        var activities = Shape(Answers.Answered(), outlet: "Outlet 1");
        Assert.Equal(2, activities.Count);
        Assert.NotNull(activities[0].Attachments);
        Assert.Null(activities[0].SuggestedActions);
        Assert.Null(activities[1].Attachments);
        Assert.Equal(["Who said that?", "More", "All outlets"], activities[1].SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public void At_most_three_suggested_actions_are_offered()
    {
        var reply = new Reply("Pick one.") { Suggestions = ["One", "Two", "Three", "Four", "Five"] };
        var message = Assert.Single(ChannelShaper.Shape(reply, Channels.Msteams));
        Assert.Equal(["One", "Two", "Three"], message.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Equal(5, Assert.Single(ChannelShaper.Shape(reply, Channels.Webchat)).SuggestedActions!.Actions!.Count);
    }

    [Fact]
    public void Without_a_card_the_suggestions_stay_on_the_one_message()
    {
        var answers = new AnswerReplies(new ConversationOptions { AnswerCards = false });
        var message = Assert.Single(ChannelShaper.Shape(answers.Answered(Answers.Answered(), null), Channels.Msteams));
        Assert.NotNull(message.SuggestedActions);
    }

    [Fact]
    public void One_root_message_entity_carries_integer_positioned_claims()
    {
        var message = Shape(Answers.Answered(citations: 3, disagreement: true))[0];
        var root = Assert.Single(message.Entities!, e => e.Type == TeamsCitations.EntityType);
        Assert.Single(message.Entities!);
        Assert.Equal("Message", root.Properties!["@type"].GetString());
        Assert.Equal("https://schema.org", root.Properties["@context"].GetString());
        var claims = root.Properties["citation"].EnumerateArray().ToList();
        Assert.Equal(4, claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            Assert.Equal("Claim", claims[i].GetProperty("@type").GetString());
            Assert.Equal(JsonValueKind.Number, claims[i].GetProperty("position").ValueKind);
            Assert.Equal(i + 1, claims[i].GetProperty("position").GetInt32());
            Assert.Contains($"[{i + 1}]", message.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_more_than_twenty_citations_however_many_outlets_printed_the_claim()
    {
        var message = Shape(Answers.Answered(citations: 25))[0];
        var claims = message.Entities![0].Properties!["citation"].EnumerateArray().ToList();
        Assert.Equal(20, claims.Count);
        Assert.Contains("[20]", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[21]", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Appearance_names_and_abstracts_are_cut_to_teams_limits()
    {
        var answer = Answers.Answered(citations: 1);
        var citation = answer.Citations[0] with { Title = new string('t', 200), Sentence = new string('s', 400) };
        answer = answer with { Citations = [citation] };
        var appearance = Shape(answer)[0].Entities![0].Properties!["citation"][0].GetProperty("appearance");

        Assert.Equal("DigitalDocument", appearance.GetProperty("@type").GetString());
        Assert.Equal(80, appearance.GetProperty("name").GetString()!.Length);
        Assert.Equal(160, appearance.GetProperty("abstract").GetString()!.Length);
        Assert.True(appearance.GetProperty("keywords").GetArrayLength() <= 3);
        Assert.All(appearance.GetProperty("keywords").EnumerateArray(), k => Assert.True(k.GetString()!.Length <= 28));
    }

    [Fact]
    public void Teams_text_has_markers_but_no_reference_definitions()
    {
        var text = Shape(Answers.Answered())[0].Text!;
        Assert.Contains("Outlet 1 [1]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cite:", text, StringComparison.Ordinal);
    }

    private List<Activity> Shape(NewsBot.Coverage.Answer answer, string? outlet = null) =>
        [.. ChannelShaper.Shape(_replies.Answered(answer, outlet), Channels.Msteams)];
}
