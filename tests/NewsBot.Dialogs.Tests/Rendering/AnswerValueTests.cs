using System.Text.Json;
using NewsBot.Coverage;
using NewsBot.Dialogs.Rendering;
using NewsBot.Dialogs.Replies;
using NewsBot.Dialogs.Tests.Support;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests.Rendering;

public sealed class AnswerValueTests
{
    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public void The_answer_message_carries_the_engine_answer_in_value(string channel)
    {
        var answer = Answers.Answered();
        var message = ChannelShaper.Shape(new AnswerReplies(new ConversationOptions()).Answered(answer, null), channel)[0];
        var wire = JsonDocument.Parse(JsonSerializer.Serialize(message, ProtocolJson.Options)).RootElement;

        Assert.Equal("application/vnd.newsbot.answer+json", wire.GetProperty("valueType").GetString());
        var value = wire.GetProperty("value");
        Assert.Equal("answered", value.GetProperty("status").GetString());
        Assert.Equal("January 10", value.GetProperty("answer").GetString());
        Assert.Equal(96, value.GetProperty("confidence").GetInt32());
        var citation = value.GetProperty("citations")[0];
        Assert.Equal("001_article.txt", citation.GetProperty("source").GetString());
        Assert.Equal("Outlet 1", citation.GetProperty("outlet").GetString());
        Assert.Equal(answer.Citations[0].Sentence, citation.GetProperty("sentence").GetString());
        Assert.Equal(AnswerJson.Serialize(answer), value.GetRawText());
    }

    [Fact]
    public void Not_found_and_ambiguous_answers_carry_it_too()
    {
        var notFound = Answer.NotFound("Who won the world cup?");
        var ambiguous = Answers.Answered() with { Status = AnswerStatus.Ambiguous };
        Assert.Equal("notFound", Value(AnswerReplies.NotFound(notFound, null, [])).GetProperty("status").GetString());
        Assert.Equal("ambiguous", Value(AnswerReplies.Ambiguous(ambiguous)).GetProperty("status").GetString());
    }

    [Fact]
    public void Story_and_more_carry_their_claims_and_sources_their_articles()
    {
        var claims = Answers.Answered().Claims;
        var story = ChannelShaper.Shape(InfoReplies.Story(claims), Channels.Directline)[0];
        Assert.Equal("application/vnd.newsbot.claims+json", story.ValueType);
        Assert.Equal(2, story.Value!.Value.GetProperty("claims").GetArrayLength());

        var source = new SourceArticle("001_article.txt", "NPR", "Headline", new DateOnly(2021, 12, 31), null, 40);
        var sources = ChannelShaper.Shape(InfoReplies.Sources([source], null), Channels.Directline)[0];
        Assert.Equal("application/vnd.newsbot.sources+json", sources.ValueType);
        Assert.Equal("NPR", sources.Value!.Value.GetProperty("sources")[0].GetProperty("outlet").GetString());
    }

    private static JsonElement Value(Reply reply) => ChannelShaper.Shape(reply, Channels.Directline)[0].Value!.Value;
}
