using Microsoft.Extensions.Time.Testing;
using NewsBot.DirectLine.Tests.Support;
using NewsBot.Protocol.DirectLine;

namespace NewsBot.DirectLine.Tests.Storage;

public sealed class ConversationLogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private ConversationLog Open() => new(new DirectLineDatabase(_folder.File("directline.db")), _clock);

    [Fact]
    public async Task Activities_are_numbered_per_conversation_and_read_back_strictly_after_a_watermark()
    {
        var log = Open();
        await log.CreateAsync("a", "u1", null, CancellationToken.None);
        await log.CreateAsync("b", null, null, CancellationToken.None);

        var sequences = new List<long?>();
        foreach (var (conversation, text) in new[] { ("a", "one"), ("b", "other"), ("a", "two"), ("a", null), ("a", "four") })
        {
            sequences.Add(await log.AppendAsync(conversation, next => text is null ? null : $"{{\"n\":{next},\"t\":\"{text}\"}}", CancellationToken.None));
        }

        var afterOne = await log.ReadAfterAsync("a", 1, 10, CancellationToken.None);
        Assert.Equal([1L, 1L, 2L, 3L, 4L], sequences);
        Assert.Equal([2L, 4L], afterOne.Select(activity => activity.Sequence));
        Assert.Equal("""{"n":4,"t":"four"}""", afterOne[^1].Json);
        Assert.Null(await log.AppendAsync("missing", _ => "{}", CancellationToken.None));
    }

    [Fact]
    public async Task A_reopened_database_continues_the_numbering_without_gaps_or_repeats()
    {
        var first = Open();
        await first.CreateAsync("a", "u1", "Una", CancellationToken.None);
        await first.AppendAsync("a", n => $"{{\"n\":{n}}}", CancellationToken.None);
        await first.AppendAsync("a", n => $"{{\"n\":{n}}}", CancellationToken.None);

        var second = Open();
        var next = await second.AppendAsync("a", n => $"{{\"n\":{n}}}", CancellationToken.None);
        var conversation = await second.FindAsync("a", CancellationToken.None);

        Assert.Equal(3, next);
        Assert.Equal(new StoredConversation("a", "u1", "Una", _clock.GetUtcNow(), 3), conversation);
        Assert.Equal([1L, 2L, 3L], (await second.ReadAfterAsync("a", 0, 10, CancellationToken.None)).Select(activity => activity.Sequence));
        Assert.False(await second.CreateAsync("a", null, null, CancellationToken.None));
    }

    [Fact]
    public async Task Idle_conversations_are_deleted_with_their_activities_and_busy_ones_kept()
    {
        var log = Open();
        await log.CreateAsync("old", null, null, CancellationToken.None);
        await log.AppendAsync("old", n => "{}", CancellationToken.None);
        await log.CreateAsync("busy", null, null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(2));
        await log.AppendAsync("busy", n => "{}", CancellationToken.None);

        var deleted = await log.DeleteIdleAsync(_clock.GetUtcNow() - TimeSpan.FromDays(1), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await log.FindAsync("old", CancellationToken.None));
        Assert.Empty(await log.ReadAfterAsync("old", 0, 10, CancellationToken.None));
        Assert.NotNull(await log.FindAsync("busy", CancellationToken.None));
    }

    [Fact]
    public void The_token_key_of_a_server_without_secret_is_random_and_kept_across_restarts()
    {
        var first = new DirectLineDatabase(_folder.File("directline.db")).SigningKey();
        var again = new DirectLineDatabase(_folder.File("directline.db")).SigningKey();
        var elsewhere = new DirectLineDatabase(_folder.File("other.db")).SigningKey();

        Assert.Equal(32, first.Length);
        Assert.Equal(first, again);
        Assert.NotEqual(first, elsewhere);
    }

    public void Dispose() => _folder.Dispose();
}
