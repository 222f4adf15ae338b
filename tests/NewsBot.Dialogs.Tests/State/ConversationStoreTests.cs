using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Coverage;
using NewsBot.Dialogs.State;
using NewsBot.Dialogs.Tests.Support;

namespace NewsBot.Dialogs.Tests.State;

public sealed class ConversationStoreTests : IDisposable
{
    private static readonly ConversationKey Key = new("emulator", "conversation-1");

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationOptions _options;

    public ConversationStoreTests() => _options = new ConversationOptions { DatabasePath = _folder.File("state/conversations.db") };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_conversation_without_a_row_reads_as_empty()
    {
        using var store = Store();
        Assert.Equal(ConversationState.Empty, await store.GetAsync(Key, default));
    }

    [Fact]
    public async Task State_survives_a_new_store_on_the_same_file()
    {
        var answer = Answers.Answered(disagreement: true);
        using (var store = Store())
        {
            await store.UpdateAsync(Key, s => s.WithAnswer(answer, _clock.GetUtcNow(), 1) with { Outlet = "NPR" }, default);
        }

        using var reopened = Store();
        var state = await reopened.GetAsync(Key, default);
        Assert.Equal("When are the Geneva talks?", state.LastQuestion);
        Assert.Equal("NPR", state.Outlet);
        Assert.Equal(1, state.ClaimsShown);
        Assert.Equal(_clock.GetUtcNow(), state.AskedAt);
        Assert.Equal(AnswerJson.Serialize(answer), AnswerJson.Serialize(state.LastAnswer!));
    }

    [Fact]
    public async Task Conversations_are_kept_apart_by_channel_and_id()
    {
        using var store = Store();
        await store.UpdateAsync(Key, s => s with { Outlet = "NPR" }, default);
        Assert.Null((await store.GetAsync(Key with { ChannelId = "msteams" }, default)).Outlet);
        Assert.Null((await store.GetAsync(Key with { ConversationId = "conversation-2" }, default)).Outlet);
    }

    [Fact]
    public async Task Idle_state_expires_and_is_pruned()
    {
        using var store = Store();
        await store.UpdateAsync(Key, s => s with { Outlet = "NPR" }, default);

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("NPR", (await store.GetAsync(Key, default)).Outlet);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(ConversationState.Empty, await store.GetAsync(Key, default));
        Assert.Equal(1, await store.PruneAsync(default));
        Assert.Equal(0, await CountRowsAsync());
    }

    [Fact]
    public async Task Each_update_restarts_the_idle_time()
    {
        using var store = Store();
        await store.UpdateAsync(Key, s => s with { Outlet = "NPR" }, default);
        _clock.Advance(TimeSpan.FromMinutes(20));
        await store.UpdateAsync(Key, s => s with { ClaimsShown = 2 }, default);
        _clock.Advance(TimeSpan.FromMinutes(20));

        var state = await store.GetAsync(Key, default);
        Assert.Equal("NPR", state.Outlet);
        Assert.Equal(2, state.ClaimsShown);
    }

    [Fact]
    public async Task An_update_of_expired_state_starts_from_empty()
    {
        using var store = Store();
        await store.UpdateAsync(Key, s => s with { Outlet = "NPR", ClaimsShown = 3 }, default);
        _clock.Advance(TimeSpan.FromHours(2));

        var seen = await store.UpdateAsync(Key, s => (s with { ClaimsShown = s.ClaimsShown + 1 }, s), default);
        Assert.Equal(ConversationState.Empty, seen);
        Assert.Equal(1, (await store.GetAsync(Key, default)).ClaimsShown);
    }

    [Fact]
    public async Task A_second_update_of_one_conversation_waits_for_the_first_and_sees_its_change()
    {
        using var first = Store();
        using var second = Store();
        using var firstInside = new ManualResetEventSlim();
        using var secondInside = new ManualResetEventSlim();
        var overlapped = true;

        // Dedicated threads, so the two updates really run at once; the first holds its change open for a while.
        var one = Task.Factory.StartNew(() => first.UpdateAsync(Key, s =>
        {
            firstInside.Set();
            overlapped = secondInside.Wait(TimeSpan.FromMilliseconds(300));
            return s with { ClaimsShown = s.ClaimsShown + 1 };
        }, default).GetAwaiter().GetResult(), TaskCreationOptions.LongRunning);
        firstInside.Wait();
        var two = Task.Factory.StartNew(() => second.UpdateAsync(Key, s =>
        {
            secondInside.Set();
            return s with { ClaimsShown = s.ClaimsShown + 1 };
        }, default).GetAwaiter().GetResult(), TaskCreationOptions.LongRunning);
        await Task.WhenAll(one, two);

        Assert.False(overlapped, "the second update read the row while the first was still changing it");
        Assert.Equal(2, (await first.GetAsync(Key, default)).ClaimsShown);
    }

    [Fact]
    public async Task An_answer_from_an_earlier_turn_does_not_replace_a_later_one()
    {
        using var store = Store();
        var later = Answers.Answered() with { Question = "later" };
        var earlier = Answers.Answered() with { Question = "earlier" };
        await store.UpdateAsync(Key, s => s.WithAnswer(later, _clock.GetUtcNow(), 1), default);
        await store.UpdateAsync(Key, s => s.WithAnswer(earlier, _clock.GetUtcNow().AddSeconds(-5), 1), default);

        Assert.Equal("later", (await store.GetAsync(Key, default)).LastQuestion);
    }

    [Fact]
    public async Task Only_one_of_many_concurrent_welcomes_wins()
    {
        using var store = Store();
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.TryMarkWelcomedAsync(Key, default))));
        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task The_welcome_outlives_idle_expiry_and_a_reset_but_not_forgetting()
    {
        using var store = Store();
        Assert.True(await store.TryMarkWelcomedAsync(Key, default));
        _clock.Advance(TimeSpan.FromDays(3));
        await store.PruneAsync(default);
        await store.ForgetAsync(Key, default);
        Assert.False(await store.TryMarkWelcomedAsync(Key, default));

        await store.ForgetWelcomeAsync(Key, default);
        Assert.True(await store.TryMarkWelcomedAsync(Key, default));
    }

    [Fact]
    public async Task The_database_uses_write_ahead_logging()
    {
        using var store = Store();
        await store.GetAsync(Key, default);
        await using var connection = new SqliteConnection($"Data Source={store.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task An_unreadable_stored_answer_is_dropped_and_the_rest_kept()
    {
        using var store = Store();
        await store.UpdateAsync(Key, s => s.WithAnswer(Answers.Answered(), _clock.GetUtcNow(), 1) with { Outlet = "NPR" }, default);
        await ExecuteAsync("UPDATE conversation_state SET last_answer = '{\"status\": 42'");

        var state = await store.GetAsync(Key, default);
        Assert.Null(state.LastAnswer);
        Assert.Equal("NPR", state.Outlet);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_with_a_clear_error()
    {
        using (var store = Store())
        {
            await store.GetAsync(Key, default);
        }

        await ExecuteAsync("PRAGMA user_version = 99");
        using var newer = Store();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => newer.GetAsync(Key, default));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_update_changes_nothing()
    {
        using var store = Store();
        await store.UpdateAsync(Key, s => s with { Outlet = "NPR" }, default);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpdateAsync(Key, s => s with { Outlet = "CNN" }, cancelled.Token));
        Assert.Equal("NPR", (await store.GetAsync(Key, default)).Outlet);
    }

    private ConversationStore Store() => new(_options, _clock, NullLogger.Instance);

    private async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.GetFullPath(_options.DatabasePath)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM conversation_state";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.GetFullPath(_options.DatabasePath)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
