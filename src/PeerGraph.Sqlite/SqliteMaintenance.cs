using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// Work on the database file as a whole: folding the write-ahead log into it (so that the file alone holds every
/// committed write) and copying it while it is in use, with SQLite's online backup API.
/// </summary>
public static class SqliteMaintenance
{
    /// <summary>
    /// Copies every committed write from <c>peergraph.db-wal</c> into <c>peergraph.db</c> and empties the log
    /// (<c>PRAGMA wal_checkpoint(TRUNCATE)</c>). Returns false when a reader kept the log from being emptied.
    /// </summary>
    public static async Task<bool> CheckpointAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(databasePath))
        {
            return true;
        }
        await using var connection = Open(databasePath, SqliteOpenMode.ReadWrite);
        await using var command = connection.CreateCommand();
        command.CommandText = SqlScripts.CheckpointTruncate;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // One row: busy (1 when a reader or writer blocked it), pages in the log, pages copied into the database.
        return await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) == 0;
    }

    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="outputPath"/> while other connections keep reading
    /// and writing (SQLite's online backup API, through <see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>),
    /// then checks the copy with <c>PRAGMA integrity_check</c>. Returns the check's answer (<c>ok</c> when whole).
    /// </summary>
    public static async Task<string> BackupAsync(string databasePath, string outputPath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"there is no database at {databasePath}", databasePath);
        }
        await using (var source = Open(databasePath, SqliteOpenMode.ReadOnly))
        await using (var target = Open(outputPath, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(target);
            await using var journal = target.CreateCommand();
            journal.CommandText = SqlScripts.JournalModeDelete;
            await journal.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var check = Open(outputPath, SqliteOpenMode.ReadOnly);
        await using var integrity = check.CreateCommand();
        integrity.CommandText = SqlScripts.IntegrityCheck;
        return (string)(await integrity.ExecuteScalarAsync(cancellationToken))!;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        SqliteLibrarySettings.EnsureApplied();
        // Unpooled: these connections are closed for good when the work is done, so nothing keeps the files open.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }
}
