using System.Text.Json;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Adds activities to a conversation: numbers, stores and publishes each one while holding that conversation's lock, so
/// every stream sees them in watermark order and a stream that replays from the database misses none.
/// </summary>
internal sealed class TranscriptWriter(ConversationLog log, ConversationStreams streams)
{
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>
    /// Gives <paramref name="activity"/> the conversation's next id, stores it when <paramref name="store"/> (typing is
    /// not), and publishes it to the open streams. Returns the id, or null when the conversation does not exist.
    /// </summary>
    public async Task<string?> AppendAsync(string conversationId, Activity activity, bool store, CancellationToken cancellationToken)
    {
        var gate = Gate(conversationId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            string? json = null;
            var sequence = await log.AppendAsync(conversationId, next =>
            {
                activity.Id = DirectLineIds.ActivityId(conversationId, next);
                json = JsonSerializer.Serialize(activity, ProtocolJson.Options);
                return store ? json : null;
            }, cancellationToken);
            if (sequence is null)
            {
                return null;
            }

            streams.Publish(conversationId, new StreamEvent(sequence, json!));
            return activity.Id;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Replaces a stored activity (same id) and sends the new version to the open streams; false when there is none.</summary>
    public async Task<bool> ReplaceAsync(string conversationId, long sequence, Activity activity, CancellationToken cancellationToken)
    {
        var gate = Gate(conversationId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);
            if (!await log.ReplaceAsync(conversationId, sequence, json, cancellationToken))
            {
                return false;
            }

            streams.Publish(conversationId, new StreamEvent(null, json));
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<bool> DeleteAsync(string conversationId, long sequence, CancellationToken cancellationToken) =>
        log.DeleteAsync(conversationId, sequence, cancellationToken);

    private SemaphoreSlim Gate(string conversationId) => _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_gates.Length)];
}
