using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PeerGraph.Sqlite;

/// <summary>
/// A seed load's transaction written through a rollback journal instead of the write-ahead log, when the load can have
/// the database file to itself; the file goes back to WAL when the transaction ends, committed or rolled back.
/// </summary>
/// <remarks>
/// Why: in WAL mode the whole graph (1.1 GB at 100,000 studies) was written twice, into the log and then by the
/// checkpoint into the database, and the commit waited about 10 s for the log to reach the disk; every page the load
/// read back (index builds, search documents) was looked up through a log as large as the database. Through a rollback
/// journal the new pages go straight into the database file and the journal holds only the pages the load changes that
/// were there before it: next to nothing in an empty database.
/// Crash safety is SQLite's own for a rollback journal with <c>synchronous = FULL</c> (the write connection's setting):
/// the journal reaches the disk before any page it saves is overwritten, and a load cut short (killed process, power
/// cut) leaves a hot journal that the next connection to open the file rolls back, so the database is the one before
/// the load (empty, or the previous graph). Cheaper settings (<c>journal_mode = OFF</c>, <c>synchronous = OFF</c>) were
/// not taken: a load cut short would leave a damaged file, and the previous graph with it.
/// Leaving WAL takes an exclusive lock, which no other connection may hold: the store's idle read connections are
/// closed first, and when any connection is still open (a read in progress, another process), the switch is refused at
/// once (no wait) and the load runs in WAL mode as before. While the load runs, other connections that open the file
/// read the graph before the load, and wait while the load writes to the file.
/// </remarks>
internal sealed class RollbackJournalForLoad : IAsyncDisposable
{
    private readonly SqliteRecordWriter _writer;

    private RollbackJournalForLoad(SqliteRecordWriter writer) => _writer = writer;

    /// <summary>Before the load's transaction begins; null when the file stays in WAL mode.</summary>
    public static RollbackJournalForLoad? TryEnter(SqliteRecordWriter writer, SqliteConnectionFactory connections)
    {
        connections.CloseIdleReaders();
        return SwitchedWithoutWaiting(writer.Connection, SqlScripts.UseRollbackJournal, "delete") ? new RollbackJournalForLoad(writer) : null;
    }

    /// <summary>
    /// After the transaction ended: back to WAL, waiting (up to the connection's timeout) for a read of another connection
    /// to finish. Should that fail, the file stays in rollback mode, whole and correct, and reads wait on writes until
    /// the store is opened again (the schema migration sets WAL at every start-up); the load's outcome stands.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writer.ExecuteScriptAsync(SqlScripts.UseWalJournal, CancellationToken.None);
        }
        catch (SqliteException)
        {
            // As said above: not an error of the load.
        }
    }

    /// <summary>
    /// Runs a journal_mode PRAGMA through SQLitePCL.raw: Microsoft.Data.Sqlite would retry a busy database for the
    /// command's whole timeout (30 s), and here a busy database only means the load keeps WAL mode.
    /// </summary>
    private static bool SwitchedWithoutWaiting(SqliteConnection connection, string sql, string mode)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the write connection is not open");
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement, out _);
        SqliteException.ThrowExceptionForRC(rc, db);
        using (statement)
        {
            rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                return string.Equals(raw.sqlite3_column_text(statement, 0).utf8_to_string(), mode, StringComparison.OrdinalIgnoreCase);
            }
            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                return false;
            }
            SqliteException.ThrowExceptionForRC(rc, db);
            return false;
        }
    }
}
