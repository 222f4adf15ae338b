using System.Text.Json;
using NewsBot.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Reliability.Tests.Restarts;

// NewsBot killed with SIGKILL while twenty Direct Line clients ask questions, then started again on the same SQLite
// files: every answered question is still there once, each client resumes from its watermark on a new stream and
// sees no gap and no duplicate, and conversation state (the last answer, for "who said that?") survives.
public sealed class RestartTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 20;
    private const int AnswersBeforeKill = 60;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_bot_killed_under_load_comes_back_with_every_answer_and_clients_resume_from_their_watermark()
    {
        var settings = LoadSettings.OneAddressManyClients();
        var bot = await BotServer.StartAsync(_folder.Path, settings);
        var remembered = await StartAsync(bot, LoadSettings.Questions[1]);
        var loads = new LoadedConversation[Clients];
        using (var http = bot.CreateClient())
        {
            var client = new DirectLineClient(http);
            for (var c = 0; c < Clients; c++)
            {
                loads[c] = new LoadedConversation(c, await client.StartAsync());
            }

            var answered = 0;
            var enough = new TaskCompletionSource();
            var running = loads.Select(load => load.RunUntilKilledAsync(client, 500, () =>
            {
                if (Interlocked.Increment(ref answered) == AnswersBeforeKill)
                {
                    enough.TrySetResult();
                }
            })).ToList();
            await enough.Task.WaitAsync(TimeSpan.FromMinutes(3));
            bot.Kill();
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromMinutes(1));
            output.WriteLine($"killed after {answered} answers; {loads.Count(l => l.Asked.Any(a => a.Id is null))} clients had a question in flight");
        }

        bot.Dispose();
        using var restarted = await BotServer.StartAsync(_folder.Path, settings, port: bot.BaseAddress.Port);
        using var again = restarted.CreateClient();
        var resumed = new DirectLineClient(again);
        foreach (var load in loads)
        {
            await ResumeAsync(resumed, load);
        }

        var whoSaid = await resumed.AskAsync(remembered, "who said that?");
        var reply = DirectLineClient.AnswerTo((await resumed.ReadAsync(remembered)).Activities, whoSaid);
        Assert.Equal(LoadSettings.Questions[1], reply?.GetProperty("value").GetProperty("question").GetString());
    }

    private static async Task<DirectLineConversation> StartAsync(BotServer bot, string question)
    {
        using var http = bot.CreateClient();
        var client = new DirectLineClient(http);
        var conversation = await client.StartAsync();
        await client.AskAsync(conversation, question);
        return conversation;
    }

    // As DirectLineJS resumes: GET conversations/{id}?watermark= for a new stream URL, then the stream replays what
    // came after the watermark and carries what comes next. Two more questions, then the client's view must be the
    // whole transcript.
    private static async Task ResumeAsync(DirectLineClient client, LoadedConversation load)
    {
        var conversation = load.Conversation;
        using var reconnect = await client.Http.SendAsync(DirectLineClient.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark={load.Watermark}", conversation.Token));
        reconnect.EnsureSuccessStatusCode();
        var streamUrl = JsonDocument.Parse(await reconnect.Content.ReadAsStringAsync()).RootElement.GetProperty("streamUrl").GetString()!;
        await using var stream = await ActivityStream.OpenAsync(streamUrl);
        var ids = new[] { await client.AskAsync(conversation, "who said that?"), await client.AskAsync(conversation, LoadSettings.Questions[0]) };
        var live = await stream.ReadUntilAsync(seen => ids.All(id => seen.Any(a => Is(a, "replyToId", id) && Is(a, "type", "message"))), TimeSpan.FromSeconds(30));

        var view = load.Seen.Concat(live).Where(a => !Is(a, "type", "typing")).Select(a => a.GetProperty("id").GetString()).ToList();
        var transcript = (await client.ReadAsync(conversation with { Token = ReliabilityHost.DirectLineSecret })).Activities;
        Assert.Equal(transcript.Select(a => a.GetProperty("id").GetString()), view);

        foreach (var (question, id) in load.Asked)
        {
            var echoes = transcript.Where(a => Is(a, "text", question)).Select(a => a.GetProperty("id").GetString()).ToList();
            var answers = transcript.Count(a => Is(a, "valueType", DirectLineClient.AnswerType) && echoes.Contains(a.GetProperty("replyToId").GetString()));
            Assert.True(id is null ? echoes.Count <= 1 && answers <= echoes.Count : echoes.SequenceEqual([id]) && answers == 1,
                $"client {load.Number}: \"{question}\" ({(id is null ? "in flight at the kill" : "answered")}) has {echoes.Count} echoes and {answers} answers");
        }
    }

    private static bool Is(JsonElement activity, string property, string? value) =>
        activity.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == value;

    public void Dispose() => _folder.Dispose();
}
