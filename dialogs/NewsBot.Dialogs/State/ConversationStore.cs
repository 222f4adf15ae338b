using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NewsBot.Coverage;

namespace NewsBot.Dialogs.State;

// Conversation state in SQLite (WAL, synchronous NORMAL), one row per channel and conversation. Every change is a read-modify-write inside
// one IMMEDIATE transaction, so two turns of the same conversation running at once cannot lose each other's update.
// A row idle for longer than the configured expiry reads as absent and is pruned.
// Writers of this process queue on _writeLock first: SQLite allows one writer per file, and a connection that finds the
// write lock taken is retried by Microsoft.Data.Sqlite only after sleeping 150 ms, so concurrent turns colliding on the
// lock would wait that long each time instead of the microseconds a commit takes.
internal sealed class ConversationStore(ConversationOptions options, TimeProvider timeProvider, ILogger logger) : IDisposable
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = System.IO.Path.GetFullPath(options.DatabasePath),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    private volatile bool _initialized;
    private long _nextPrune;

    public string Path { get; } = System.IO.Path.GetFullPath(options.DatabasePath);

    public async Task<ConversationState> GetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, key, cancellationToken);
    }

    public async Task<T> UpdateAsync<T>(ConversationKey key, Func<ConversationState, (ConversationState State, T Result)> change, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        T result;
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // IMMEDIATE takes the write lock before reading, so a turn of another process waits instead of reading a stale row.
            await using (var transaction = connection.BeginTransaction(deferred: false))
            {
                var current = await ReadAsync(connection, transaction, key, cancellationToken);
                (var next, result) = change(current);
                await WriteAsync(connection, transaction, key, next, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            if (Interlocked.Read(ref _nextPrune) <= Now())
            {
                Interlocked.Exchange(ref _nextPrune, Now() + (long)PruneInterval.TotalMilliseconds);
                await PruneAsync(connection, cancellationToken);
            }
        }
        finally
        {
            _writeLock.Release();
        }

        return result;
    }

    public Task UpdateAsync(ConversationKey key, Func<ConversationState, ConversationState> change, CancellationToken cancellationToken) =>
        UpdateAsync(key, state => (change(state), true), cancellationToken);

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken) =>
        ExecuteAsync(StateSchema.Delete, key, cancellationToken);

    // True for the one caller that records the welcome first; every later or concurrent caller gets false.
    public async Task<bool> TryMarkWelcomedAsync(ConversationKey key, CancellationToken cancellationToken) =>
        await ExecuteAsync(StateSchema.Welcome, key, cancellationToken) == 1;

    public Task ForgetWelcomeAsync(ConversationKey key, CancellationToken cancellationToken) =>
        ExecuteAsync(StateSchema.ForgetWelcome, key, cancellationToken);

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await PruneAsync(connection, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<int> PruneAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = StateSchema.Prune;
        command.Parameters.AddWithValue("$cutoff", Cutoff());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<int> ExecuteAsync(string sql, ConversationKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddKey(command, key);
        command.Parameters.AddWithValue("$now", Now());
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<ConversationState> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, ConversationKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StateSchema.Select;
        AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.GetInt64(5) < Cutoff())
        {
            return ConversationState.Empty;
        }

        return new ConversationState
        {
            LastQuestion = reader.IsDBNull(0) ? null : reader.GetString(0),
            LastAnswer = reader.IsDBNull(1) ? null : ReadAnswer(reader.GetString(1), key),
            AskedAt = reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
            Outlet = reader.IsDBNull(3) ? null : reader.GetString(3),
            ClaimsShown = reader.GetInt32(4),
        };
    }

    private async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StateSchema.Upsert;
        AddKey(command, key);
        command.Parameters.AddWithValue("$question", (object?)state.LastQuestion ?? DBNull.Value);
        command.Parameters.AddWithValue("$answer", state.LastAnswer is null ? DBNull.Value : AnswerJson.Serialize(state.LastAnswer));
        command.Parameters.AddWithValue("$askedAt", state.AskedAt is { } askedAt ? askedAt.ToUnixTimeMilliseconds() : DBNull.Value);
        command.Parameters.AddWithValue("$outlet", (object?)state.Outlet ?? DBNull.Value);
        command.Parameters.AddWithValue("$claimsShown", state.ClaimsShown);
        command.Parameters.AddWithValue("$now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // A row written by an older build, or damaged, costs the conversation its last answer, not the turn.
    private Answer? ReadAnswer(string json, ConversationKey key)
    {
        try
        {
            return JsonSerializer.Deserialize<Answer>(json, AnswerJson.Options);
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "Ignoring an unreadable stored answer of conversation {ConversationId} on {ChannelId}.", key.ConversationId, key.ChannelId);
            return null;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized && System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!_initialized)
            {
                await InitializeAsync(connection, cancellationToken);
            }

            // In WAL mode NORMAL syncs at checkpoints instead of on every commit: a commit survives the bot crashing,
            // and only a power cut can lose the last turns' state, as with the coverage and Direct Line files.
            await using var synchronous = connection.CreateCommand();
            synchronous.CommandText = "PRAGMA synchronous = NORMAL;";
            await synchronous.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (version > StateSchema.Version)
            {
                throw new InvalidOperationException(
                    $"The conversation database {Path} has schema version {version}; this build knows version {StateSchema.Version} at most.");
            }

            command.CommandText = $"PRAGMA journal_mode = WAL; {StateSchema.Create} PRAGMA user_version = {StateSchema.Version};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    // Closes the pooled connections so the file can be moved or deleted.
    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _initializeLock.Dispose();
        _writeLock.Dispose();
    }

    private static void AddKey(SqliteCommand command, ConversationKey key)
    {
        command.Parameters.AddWithValue("$channel", key.ChannelId);
        command.Parameters.AddWithValue("$conversation", key.ConversationId);
    }

    private long Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private long Cutoff() => Now() - (long)options.IdleExpiry.TotalMilliseconds;
}
