using System.Net;
using System.Text.Json;
using NewsBot.Protocol.Schema;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// The bad-input catalogue against POST /api/messages on a bot with an app id: each case gets a clear 4xx (or the
// protocol's answer) or a normal reply, a normal question is answered right after it, and no secret or token shows
// up in any response, reply or log line.
public sealed class BotMessagesBadInputTests(BotMessagesFixture bot) : IClassFixture<BotMessagesFixture>
{
    public static TheoryData<string> CaseNames => [.. BotMessagesCatalogue.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_gets_a_clear_refusal_or_a_normal_reply_and_the_bot_keeps_serving(string name)
    {
        var badCase = BotMessagesCatalogue.Cases.Single(c => c.Name == name);
        var target = bot.NewTarget();

        using var response = await bot.Client.SendAsync(badCase.Request(target));

        await AssertOutcomeAsync(badCase, target, response);
        await AssertNormalQuestionAnsweredAsync();
        bot.AssertNothingSecretLeaked();
    }

    private async Task AssertOutcomeAsync(BadInputCase<BotTarget> badCase, BotTarget target, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(badCase.Status == (int)response.StatusCode, $"{badCase.Name}: expected {badCase.Status}, got {(int)response.StatusCode} {body}");
        // The turn is over when /api/messages answers, so whatever the bot sent for it has reached the channel.
        var sent = bot.Channel.ActivitiesFor(target.Conversation);
        switch (badCase.Outcome)
        {
            case Outcome.Refused:
                var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
                Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("code").GetString()), body);
                Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), body);
                Assert.Empty(sent);
                break;
            case Outcome.Ignored:
                Assert.Empty(sent);
                break;
            case Outcome.Answered:
                var reply = Assert.Single(sent, a => a.Type == ActivityTypes.Message);
                Assert.False(string.IsNullOrWhiteSpace(reply.Text), "The reply has no text.");
                break;
        }
    }

    private async Task AssertNormalQuestionAnsweredAsync()
    {
        var target = bot.NewTarget();
        using var response = await bot.Client.SendAsync(target.PostJson(target.Activity(Activities.NormalQuestion).ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single(bot.Channel.ActivitiesFor(target.Conversation), a => a.Type == ActivityTypes.Message);
        Assert.Contains(Activities.NormalAnswerFragment, answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Bearer bot-access-token-", bot.Channel.Calls.Last(c => c.ConversationId == target.Conversation).Authorization, StringComparison.Ordinal);
    }
}
