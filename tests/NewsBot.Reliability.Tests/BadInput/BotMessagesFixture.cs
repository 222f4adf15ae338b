using NewsBot.Reliability.Tests.Support;
using NewsBot.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// One bot with an app id (channel tokens from a local identity), a Direct Line secret, and the test channel as its
// serviceUrl, shared by all cases of a catalogue: each case also proves the same bot keeps serving.
public sealed class BotMessagesFixture : IAsyncLifetime
{
    public LocalIdentity Identity { get; private set; } = null!;

    public TestChannel Channel { get; private set; } = null!;

    public ReliabilityHost Host { get; private set; } = null!;

    public ResponseRecorder Responses { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await LocalIdentity.StartAsync();
        Channel = await TestChannel.StartAsync();
        Host = new ReliabilityHost(Identity.BotSettings);
        Client = Host.CreateRecordingClient(Responses);
    }

    internal BotTarget NewTarget() => new(Channel.ServiceUrl, Activities.NewConversation(), Identity.ChannelToken(Channel.ServiceUrl));

    public void AssertNothingSecretLeaked() => SecretScan.AssertClean(
        Host.Logs.Lines,
        Responses.Responses.Concat(Channel.Calls.Select(call => $"{call.Method} channel -> {System.Text.Json.JsonSerializer.Serialize(call.Activity)}")),
        [ReliabilityHost.DirectLineSecret, LocalIdentity.AppPassword],
        Identity.IssuedTokens);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
