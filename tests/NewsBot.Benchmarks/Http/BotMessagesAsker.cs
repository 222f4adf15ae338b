using System.Diagnostics;

namespace NewsBot.Benchmarks.Http;

// POST /api/messages as the Bot Framework Emulator does without an app id (no token), with deliveryMode expectReplies:
// the turn's replies come back in the response body, so the answer is there when the POST returns.
internal sealed class BotMessagesAsker(HttpClient http, int worker) : IAsker
{
    private readonly string _conversation = $"bench-api-{worker}-{Guid.NewGuid():N}";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<AskResult> AskAsync(string question, CancellationToken cancellationToken)
    {
        var activity = new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "emulator", serviceUrl = "http://127.0.0.1:9/",
            deliveryMode = "expectReplies", timestamp = DateTimeOffset.UtcNow,
            conversation = new { id = _conversation }, from = new { id = $"bench-user-{worker}" }, recipient = new { id = "newsbot" }, text = question,
        };
        using var replies = await HttpJson.SendAsync(http, "/api/messages", null, activity, cancellationToken);
        var answeredAt = Stopwatch.GetTimestamp();
        var isAnswer = replies.RootElement.TryGetProperty("activities", out var activities)
            && activities.EnumerateArray().Any(a => AnswerReply.Answers(a, question));
        return new AskResult(isAnswer, answeredAt);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
