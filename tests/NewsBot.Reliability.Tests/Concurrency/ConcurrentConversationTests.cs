using System.Diagnostics;
using System.Text.Json;
using NewsBot.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Reliability.Tests.Concurrency;

// Two hundred Direct Line conversations at once, twenty questions each: every question answered exactly once, in
// order within its conversation, and never in another conversation.
public sealed class ConcurrentConversationTests(ITestOutputHelper output)
{
    private const int Conversations = 200;
    private const int QuestionsEach = 20;

    [Fact]
    public async Task Two_hundred_conversations_at_once_get_every_answer_once_in_order_and_in_their_own_conversation()
    {
        using var host = new ReliabilityHost(LoadSettings.OneAddressManyClients());
        using var http = host.CreateRecordingClient(new ResponseRecorder());
        var client = new DirectLineClient(http);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var timer = Stopwatch.StartNew();

        var conversations = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(_ => client.StartAsync()));
        var asked = await Task.WhenAll(conversations.Select((conversation, c) => AskAllAsync(client, conversation, c, deadline.Token)));
        output.WriteLine($"{Conversations * QuestionsEach} questions in {Conversations} conversations answered in {timer.Elapsed.TotalSeconds:0.0} s");

        for (var c = 0; c < Conversations; c++)
        {
            AssertTranscript(c, asked[c], (await client.ReadAsync(conversations[c])).Activities);
        }
    }

    // One person's chat: each question as soon as the last one was answered (the POST returns when its turn is over).
    private static async Task<List<string>> AskAllAsync(DirectLineClient client, DirectLineConversation conversation, int c, CancellationToken deadline)
    {
        var ids = new List<string>(QuestionsEach);
        for (var q = 0; q < QuestionsEach; q++)
        {
            deadline.ThrowIfCancellationRequested();
            ids.Add(await client.AskAsync(conversation, LoadSettings.Question(c, q)));
        }

        return ids;
    }

    private static void AssertTranscript(int c, List<string> ids, List<JsonElement> transcript)
    {
        var answers = transcript.Where(a => a.TryGetProperty("valueType", out var type) && type.GetString() == DirectLineClient.AnswerType).ToList();
        Assert.Equal(QuestionsEach, answers.Count);
        var previous = -1;
        for (var q = 0; q < QuestionsEach; q++)
        {
            var answer = Assert.Single(answers, a => a.GetProperty("replyToId").GetString() == ids[q]);
            Assert.Equal(LoadSettings.Question(c, q), answer.GetProperty("value").GetProperty("question").GetString());
            var echo = transcript.FindIndex(a => a.GetProperty("id").GetString() == ids[q]);
            var at = transcript.IndexOf(answer);
            Assert.True(previous < echo && echo < at, $"conversation {c}, question {q}: echo at {echo}, answer at {at}, previous answer at {previous}");
            previous = at;
        }

        Assert.DoesNotContain(transcript, a => a.ToString().Contains("(conversation ", StringComparison.Ordinal) && !a.ToString().Contains($"(conversation {c},", StringComparison.Ordinal));
    }
}
