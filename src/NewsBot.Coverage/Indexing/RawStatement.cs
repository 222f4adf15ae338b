using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsBot.Coverage.Indexing;

// One statement prepared on the connection's own SQLite handle, bound and stepped directly. A million sentence rows
// through SqliteCommand spend more in its per-call machinery (a data reader per execution, parameter lookups) than
// in SQLite; this is one bind per value and one step per row. It runs in whatever transaction the connection has open.
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, string value) => Check(raw.sqlite3_bind_text16(_statement, index, value));

    public void Run()
    {
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE)
        {
            try
            {
                SqliteException.ThrowExceptionForRC(result, _database);
            }
            finally
            {
                raw.sqlite3_reset(_statement);
            }
        }

        Check(raw.sqlite3_reset(_statement));
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
