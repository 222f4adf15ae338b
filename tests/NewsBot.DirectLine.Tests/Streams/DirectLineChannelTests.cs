using Microsoft.Extensions.Time.Testing;
using NewsBot.DirectLine.Tests.Support;
using NewsBot.Protocol.Connector;
using NewsBot.Protocol.DirectLine;
using NewsBot.Protocol.Schema;

namespace NewsBot.DirectLine.Tests.Streams;

// Where the bot's sends, updates and deletes land in a Direct Line turn: the conversation's transcript and streams.
public sealed class DirectLineChannelTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ConversationLog _log;
    private readonly ConversationStreams _streams = new();
    private readonly DirectLineChannel _channel;

    public DirectLineChannelTests()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        _log = new ConversationLog(new DirectLineDatabase(_folder.File("directline.db")), clock);
        _channel = new DirectLineChannel(new TranscriptWriter(_log, _streams), new DirectLineAccounts(new DirectLineOptions()), clock);
    }

    [Fact]
    public async Task Typing_goes_to_the_streams_only_and_messages_are_stored_as_from_the_bot_without_a_serviceUrl()
    {
        await _log.CreateAsync("c1", "u", null, CancellationToken.None);
        using var subscription = _streams.TrySubscribe("c1", 10)!;

        var typing = await _channel.SendAsync("c1", new Activity { Type = "typing", ServiceUrl = "http://127.0.0.1:1/" }, CancellationToken.None);
        var message = await _channel.SendAsync("c1", new Activity { Type = "message", Text = "hello", ServiceUrl = "http://127.0.0.1:1/" }, CancellationToken.None);

        Assert.Equal("c1|0000001", typing.Id);
        Assert.Equal("c1|0000002", message.Id);
        var stored = Assert.Single(await _log.ReadAfterAsync("c1", 0, 10, CancellationToken.None));
        Assert.Contains("\"role\":\"bot\"", stored.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("serviceUrl", stored.Json, StringComparison.Ordinal);
        Assert.True(subscription.Events.TryRead(out var first) && first.Sequence == 1 && first.ActivityJson.Contains("typing", StringComparison.Ordinal));
        Assert.True(subscription.Events.TryRead(out var second) && second.Sequence == 2);
    }

    [Fact]
    public async Task An_update_replaces_the_stored_activity_and_reaches_open_streams_and_a_delete_removes_it()
    {
        await _log.CreateAsync("c1", "u", null, CancellationToken.None);
        var sent = await _channel.SendAsync("c1", new Activity { Type = "message", Text = "draft" }, CancellationToken.None);
        using var subscription = _streams.TrySubscribe("c1", 10)!;

        await _channel.UpdateAsync("c1", new Activity { Type = "message", Id = sent.Id, Text = "final" }, CancellationToken.None);
        var afterUpdate = await _log.ReadAfterAsync("c1", 0, 10, CancellationToken.None);
        await _channel.DeleteAsync("c1", sent.Id!, CancellationToken.None);

        Assert.Contains("\"text\":\"final\"", Assert.Single(afterUpdate).Json, StringComparison.Ordinal);
        Assert.True(subscription.Events.TryRead(out var update) && update.Sequence is null);
        Assert.Empty(await _log.ReadAfterAsync("c1", 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Sending_to_a_deleted_conversation_or_updating_a_foreign_id_fails_clearly()
    {
        await _log.CreateAsync("c1", "u", null, CancellationToken.None);

        var missing = await Assert.ThrowsAsync<ConnectorException>(() => _channel.SendAsync("gone", new Activity { Type = "message" }, CancellationToken.None));
        var foreign = await Assert.ThrowsAsync<ConnectorException>(() =>
            _channel.UpdateAsync("c1", new Activity { Type = "message", Id = "other|0000001" }, CancellationToken.None));

        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not an activity of", foreign.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
