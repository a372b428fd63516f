using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// Connections to the store's file: unpooled ones with foreign keys on for writes; long-lived read sessions that keep
/// their statements prepared (ReadSession.cs), without foreign keys, since Microsoft.Data.Sqlite runs a PRAGMA on every
/// open for that keyword and reads never need it.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _writeConnectionString;
    private readonly ReadSessionPool _readers;

    public SqliteConnectionFactory(string databasePath, long memoryMapBytes)
    {
        SqliteLibrarySettings.EnsureApplied();
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            // Not pooled by Microsoft.Data.Sqlite: ReadSessionPool keeps the read connections, and the store keeps its
            // write connection open between writes (when it closes one, after a seed load or an error, the next must
            // really be new, with an empty page cache). Its pool would also hand a connection whose owner was collected
            // without closing it to another thread while the finalizer thread may still be finalizing that
            // connection's statements, which SQLite without a mutex per connection does not allow (SqliteLibrarySettings).
            Pooling = false,
            DefaultTimeout = 30,
        };
        _readers = new ReadSessionPool(builder.ToString(), memoryMapBytes);
        builder.ForeignKeys = true;
        _writeConnectionString = builder.ToString();
    }

    /// <summary>A read connection with its prepared statements, for one store call (dispose gives it back).</summary>
    public ValueTask<ReadSession> OpenAsync(CancellationToken cancellationToken) => _readers.RentAsync(cancellationToken);

    /// <summary>Closes the idle read connections.</summary>
    public void CloseReaders() => _readers.Dispose();

    /// <summary>Closes the idle read connections; new ones open as reads need them.</summary>
    public void CloseIdleReaders() => _readers.CloseIdle();

    public Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken) => OpenAsync(_writeConnectionString, cancellationToken);

    private static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
