using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Coverage;
using NewsBot.Dialogs.State;

namespace NewsBot.Dialogs.Tests.Support;

// The bot as the host runs it: the real handler over a conversation database in a temporary folder, on a fake clock.
// Restart() drops the handler and its store and builds new ones on the same file, like a process restart.
public sealed class BotUnderTest : IDisposable
{
    private readonly ICoverage _coverage;
    private readonly TempFolder _folder = new();
    private ConversationStore _store;

    public BotUnderTest(ICoverage coverage, ConversationOptions? options = null)
    {
        _coverage = coverage;
        Options = options ?? new ConversationOptions();
        Options.DatabasePath = _folder.File("conversations.db");
        (_store, Handler) = Build();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public ConversationOptions Options { get; }

    public NewsBotHandler Handler { get; private set; }

    public RecordingAdapter Adapter { get; } = new();

    public Task<IReadOnlyList<NewsBot.Protocol.Schema.Activity>> SendAsync(NewsBot.Protocol.Schema.Activity activity) =>
        Adapter.ProcessAsync(activity, Handler);

    public void Restart()
    {
        _store.Dispose();
        (_store, Handler) = Build();
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private (ConversationStore, NewsBotHandler) Build()
    {
        var store = new ConversationStore(Options, Clock, NullLogger.Instance);
        return (store, new NewsBotHandler(_coverage, store, Options, Clock, NullLogger<NewsBotHandler>.Instance));
    }
}
