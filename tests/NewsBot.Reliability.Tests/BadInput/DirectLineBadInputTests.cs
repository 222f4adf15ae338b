using System.Text.Json;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// The bad-input catalogue against every Direct Line route: each case gets a clear 4xx or a normal reply, touches no
// other conversation, a normal question is answered right after it, and no secret or token leaks.
public sealed class DirectLineBadInputTests(DirectLineFixture bot) : IClassFixture<DirectLineFixture>
{
    private static IEnumerable<BadInputCase<DirectLineTarget>> All => DirectLineActivityCases.Cases.Concat(DirectLineRouteCases.Cases);

    public static TheoryData<string> CaseNames => [.. All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_gets_a_clear_refusal_or_a_normal_reply_and_the_bot_keeps_serving(string name)
    {
        var badCase = All.Single(c => c.Name == name);
        var target = await bot.NewTargetAsync();
        var otherBefore = await bot.TranscriptAsync(target.Other);

        using var response = await bot.Client.Http.SendAsync(badCase.Request(target));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(badCase.Status == (int)response.StatusCode, $"{name}: expected {badCase.Status}, got {(int)response.StatusCode} {body}");
        await AssertOutcomeAsync(badCase, target, body);
        Assert.Equal(otherBefore.Count, (await bot.TranscriptAsync(target.Other)).Count);
        await AssertNormalQuestionAnsweredAsync();
        bot.AssertNothingSecretLeaked();
    }

    private async Task AssertOutcomeAsync(BadInputCase<DirectLineTarget> badCase, DirectLineTarget target, string body)
    {
        if (badCase.Outcome == Outcome.Refused)
        {
            var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("code").GetString()), body);
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), body);
            return;
        }

        var json = JsonDocument.Parse(body).RootElement;
        if (!json.TryGetProperty("id", out var id) || !target.ActivitiesPath.EndsWith("/activities", StringComparison.Ordinal) || id.ValueKind != JsonValueKind.String)
        {
            Assert.Equal(JsonValueKind.Object, json.ValueKind);
            return;
        }

        // A posted activity: the turn is over when the POST answers, so the reply is already in the transcript.
        var transcript = await bot.TranscriptAsync(target.Conversation);
        var replies = transcript.Where(a => a.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id.GetString()
            && a.GetProperty("type").GetString() == "message").ToList();
        if (badCase.Outcome == Outcome.Ignored)
        {
            Assert.Empty(replies);
        }
        else
        {
            Assert.NotEmpty(replies);
            Assert.All(replies, r => Assert.Equal("bot", r.GetProperty("from").GetProperty("role").GetString()));
        }
    }

    private async Task AssertNormalQuestionAnsweredAsync()
    {
        var conversation = await bot.Client.StartAsync();
        var id = await bot.Client.AskAsync(conversation, Activities.NormalQuestion);
        var answer = DirectLineClient.AnswerTo(await bot.TranscriptAsync(conversation), id);
        Assert.NotNull(answer);
        Assert.Contains(Activities.NormalAnswerFragment, answer.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(Activities.NormalQuestion, answer.Value.GetProperty("value").GetProperty("question").GetString());
    }
}
