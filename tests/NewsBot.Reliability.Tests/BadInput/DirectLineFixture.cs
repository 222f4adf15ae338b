using System.Text.Json;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// One bot with a Direct Line secret and an app id (its password must not leak either), shared by all Direct Line cases.
public sealed class DirectLineFixture : IAsyncLifetime
{
    public LocalIdentity Identity { get; private set; } = null!;

    public ReliabilityHost Host { get; private set; } = null!;

    public ResponseRecorder Responses { get; } = new();

    internal DirectLineClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await LocalIdentity.StartAsync();
        // Every case starts conversations from 127.0.0.1: lift Direct Line's own per-address start limit for this bot.
        Host = new ReliabilityHost(new Dictionary<string, string?>(Identity.BotSettings) { ["DirectLine:ConversationsPerMinute"] = "100000" });
        Client = new DirectLineClient(Host.CreateRecordingClient(Responses));
    }

    internal async Task<DirectLineTarget> NewTargetAsync() => new(await Client.StartAsync(), await Client.StartAsync());

    // What a conversation holds now, as the client reads it.
    internal async Task<List<JsonElement>> TranscriptAsync(DirectLineConversation conversation) => (await Client.ReadAsync(conversation)).Activities;

    public void AssertNothingSecretLeaked() => SecretScan.AssertClean(
        Host.Logs.Lines, Responses.Responses, [ReliabilityHost.DirectLineSecret, LocalIdentity.AppPassword], SecretScan.TokensHandedOut(Responses.Responses));

    public async Task DisposeAsync()
    {
        Client.Http.Dispose();
        await Host.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
