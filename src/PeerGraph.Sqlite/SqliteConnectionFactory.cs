using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// Opens pooled connections to the store's file: with foreign keys on for writes; without for reads, since
/// Microsoft.Data.Sqlite runs a PRAGMA on every open for that keyword and reads never need it.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _writeConnectionString;
    private readonly string _readConnectionString;

    public SqliteConnectionFactory(string databasePath)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        };
        _readConnectionString = builder.ToString();
        builder.ForeignKeys = true;
        _writeConnectionString = builder.ToString();
    }

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(_readConnectionString, cancellationToken);

    public Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken) => OpenAsync(_writeConnectionString, cancellationToken);

    private static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
