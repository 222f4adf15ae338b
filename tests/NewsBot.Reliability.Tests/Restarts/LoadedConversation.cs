using System.Text.Json;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.Restarts;

// One client under load: what it asked (with the id the server gave, or null when the POST failed), what it has
// read, and its watermark.
internal sealed class LoadedConversation(int number, DirectLineConversation conversation)
{
    public int Number { get; } = number;

    public DirectLineConversation Conversation { get; } = conversation;

    public List<(string Question, string? Id)> Asked { get; } = [];

    public List<JsonElement> Seen { get; } = [];

    public string? Watermark { get; set; } = "";

    // Asks and reads until the bot goes away (at most `limit` questions), counting answers for whoever waits on them.
    public async Task RunUntilKilledAsync(DirectLineClient client, int limit, Action answered)
    {
        for (var n = 0; n < limit; n++)
        {
            var question = LoadSettings.Question(Number, n);
            try
            {
                Asked.Add((question, await client.AskAsync(Conversation, question)));
                answered();
                var (activities, watermark) = await client.ReadAsync(Conversation, Watermark);
                Seen.AddRange(activities);
                Watermark = watermark;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                if (Asked.Count == n)
                {
                    Asked.Add((question, null));
                }

                return;
            }
        }
    }
}
