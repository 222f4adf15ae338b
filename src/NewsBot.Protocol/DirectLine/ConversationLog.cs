using Microsoft.Data.Sqlite;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Conversations and their activities in <see cref="DirectLineDatabase"/>. Each conversation numbers its activities
/// 1, 2, 3...; the number is the activity's watermark. Numbers given to activities that are not stored (typing) leave
/// harmless gaps.
/// </summary>
internal sealed class ConversationLog(DirectLineDatabase database, TimeProvider timeProvider)
{
    /// <summary>Stores a new conversation; false when one with that id already exists.</summary>
    public Task<bool> CreateAsync(string id, string? userId, string? userName, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT OR IGNORE INTO conversations (id, user_id, user_name, created_at, updated_at, last_sequence)
                VALUES ($id, $user_id, $user_name, $now, $now, 0)
                """;
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$user_id", (object?)userId ?? DBNull.Value);
            command.Parameters.AddWithValue("$user_name", (object?)userName ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", Now());
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<StoredConversation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, user_name, created_at, last_sequence FROM conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredConversation(id, reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)), reader.GetInt64(3))
            : null;
    }

    /// <summary>
    /// Gives the conversation's next sequence number to an activity and, when <paramref name="json"/> makes one, stores it.
    /// Null when the conversation does not exist.
    /// </summary>
    public Task<long?> AppendAsync(string conversationId, Func<long, string?> json, CancellationToken cancellationToken) =>
        database.WriteAsync<long?>(async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var next = connection.CreateCommand();
            next.Transaction = transaction;
            next.CommandText = "UPDATE conversations SET last_sequence = last_sequence + 1, updated_at = $now WHERE id = $id RETURNING last_sequence";
            next.Parameters.AddWithValue("$id", conversationId);
            next.Parameters.AddWithValue("$now", Now());
            if (await next.ExecuteScalarAsync(cancellationToken) is not long sequence)
            {
                return null;
            }

            if (json(sequence) is { } text)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO activities (conversation_id, sequence, json) VALUES ($id, $sequence, $json)";
                insert.Parameters.AddWithValue("$id", conversationId);
                insert.Parameters.AddWithValue("$sequence", sequence);
                insert.Parameters.AddWithValue("$json", text);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return sequence;
        }, cancellationToken);

    /// <summary>Stored activities strictly after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredActivity>> ReadAfterAsync(string conversationId, long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, json FROM activities WHERE conversation_id = $id AND sequence > $after ORDER BY sequence LIMIT $limit
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var activities = new List<StoredActivity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            activities.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1)));
        }

        return activities;
    }

    /// <summary>Replaces a stored activity's JSON; false when there is no such activity.</summary>
    public Task<bool> ReplaceAsync(string conversationId, long sequence, string json, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE activities SET json = $json WHERE conversation_id = $id AND sequence = $sequence", conversationId, sequence, json, cancellationToken);

    /// <summary>Deletes a stored activity; false when there is no such activity.</summary>
    public Task<bool> DeleteAsync(string conversationId, long sequence, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM activities WHERE conversation_id = $id AND sequence = $sequence", conversationId, sequence, null, cancellationToken);

    /// <summary>Deletes the conversations without activity since <paramref name="cutoff"/>, with their activities; returns how many.</summary>
    public Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                DELETE FROM activities WHERE conversation_id IN (SELECT id FROM conversations WHERE updated_at < $cutoff);
                DELETE FROM conversations WHERE updated_at < $cutoff;
                """;
            command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken);
            await using var changes = connection.CreateCommand();
            changes.Transaction = transaction;
            changes.CommandText = "SELECT changes()";
            var deleted = Convert.ToInt32(await changes.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            await transaction.CommitAsync(cancellationToken);
            return deleted;
        }, cancellationToken);

    private Task<bool> ExecuteAsync(string sql, string conversationId, long sequence, string? json, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$id", conversationId);
            command.Parameters.AddWithValue("$sequence", sequence);
            if (json is not null)
            {
                command.Parameters.AddWithValue("$json", json);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private long Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
