using Microsoft.Data.Sqlite;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (WAL, foreign keys on), the graph model as tables, FTS5 for search.
/// Every question is answered by SQL; lists of ids travel as one JSON parameter read with json_each.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IStoreVersion, IDisposable
{
    private const string DefaultStudyOrder = "(s.year IS NULL), s.year DESC, s.id";

    private readonly SqliteConnectionFactory _connections;
    private readonly AsyncLocal<ReadScope?> _readScope = new();

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabasePath = options.DatabasePath;
        _connections = new SqliteConnectionFactory(DatabasePath);
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await _connections.OpenForWriteAsync(cancellationToken);
        await SqliteSchemaMigrator.MigrateAsync(connection, cancellationToken);
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            return await SqliteSchemaMigrator.ReadVersionAsync(connection.Connection, cancellationToken) == SqliteSchemaMigrator.CurrentVersion;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    /// <remarks>Here: the generation row is read once per scope instead of once per related-studies call.</remarks>
    public IDisposable OpenReadScope()
    {
        var scope = new ReadScope(_readScope);
        _readScope.Value = scope;
        return scope;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteQuery.ScalarAsync(connection,
            "SELECT NOT EXISTS (SELECT 1 FROM study) AND NOT EXISTS (SELECT 1 FROM theme) AND NOT EXISTS (SELECT 1 FROM stakeholder_group)",
            cancellationToken) == 1;
    }

    private async Task<List<T>> ListAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteQuery.ListAsync(connection, sql, map, cancellationToken, parameters);
    }

    /// <summary>Rows of (parent id, record), already in the contract's order, as a lookup.</summary>
    private async Task<ILookup<string, T>> LookupAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = await ListAsync(sql, r => (Key: r.GetString(0), Value: map(r)), cancellationToken, parameters);
        return rows.ToLookup(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    /// <summary>The store generation the theme sets are checked against: the read scope's, else read now.</summary>
    private async ValueTask<long> CurrentGenerationAsync(ReadSession session, CancellationToken cancellationToken)
    {
        var scope = _readScope.Value;
        if (scope is not null && scope.TryGetGeneration(out var known))
        {
            return known;
        }
        var generation = await ReadGenerationAsync(session, cancellationToken);
        scope?.Remember(generation);
        return generation;
    }

    /// <inheritdoc/>
    /// <remarks>The store generation: every write transaction, from any process, adds one.</remarks>
    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        return await ReadGenerationAsync(session, cancellationToken);
    }

    private static Task<long> ReadGenerationAsync(ReadSession session, CancellationToken cancellationToken) =>
        SqliteQuery.ScalarAsync(session, SqlScripts.ReadGeneration, cancellationToken);

    private static (string, object?) Ids(IEnumerable<string> ids) => ("$ids", JsonList.Of(ids));

    /// <summary>Closes the idle read connections and the write connection.</summary>
    public void Dispose()
    {
        CloseWriter();
        _connections.CloseReaders();
        _writeGate.Dispose();
    }
}
