using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// The Direct Line SQLite file (WAL): conversations with their last sequence number, the activities clients can read
/// back by watermark, and the token key used when no secret is configured. Connections come from the driver's pool.
/// </summary>
internal sealed class DirectLineDatabase : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS conversations (
            id TEXT PRIMARY KEY,
            user_id TEXT,
            user_name TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            last_sequence INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS conversations_by_update ON conversations (updated_at);
        CREATE TABLE IF NOT EXISTS activities (
            conversation_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (conversation_id, sequence)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value BLOB NOT NULL);
        """;

    private readonly string _connectionString;

    // SQLite has one writer per file, and Microsoft.Data.Sqlite retries a connection that finds the write lock taken
    // only after sleeping 150 ms: writers of this process queue here instead, for the microseconds a commit takes.
    private readonly SemaphoreSlim _writes = new(1, 1);

    public DirectLineDatabase(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Runs <paramref name="write"/> on an open connection, one writer of this process at a time.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await _writes.WaitAsync(cancellationToken);
        try
        {
            return await write(connection);
        }
        finally
        {
            _writes.Release();
        }
    }

    public void Dispose() => _writes.Dispose();

    /// <summary>The random token key kept for a server without a secret, created on first use, so tokens outlive a restart.</summary>
    public byte[] SigningKey()
    {
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO settings (name, value) VALUES ('token_key', $value)";
        insert.Parameters.AddWithValue("$value", RandomNumberGenerator.GetBytes(32));
        insert.ExecuteNonQuery();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT value FROM settings WHERE name = 'token_key'";
        return (byte[])select.ExecuteScalar()!;
    }
}
