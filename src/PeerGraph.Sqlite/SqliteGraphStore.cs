using Microsoft.Data.Sqlite;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (WAL, foreign keys on), the graph model as tables, and an in-memory index for
/// search and the studies' text filter (SqliteGraphStore.Search.cs).
/// Other questions are answered by SQL or from the rows kept in memory; lists of ids travel as one JSON parameter read
/// with json_each.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IStoreVersion, IStudyWriteReach, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly AsyncLocal<ReadScope?> _readScope = new();

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabasePath = options.DatabasePath;
        _connections = new SqliteConnectionFactory(DatabasePath, options.MemoryMapBytes);
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await _connections.OpenForWriteAsync(cancellationToken);
        await SqliteSchemaMigrator.MigrateAsync(connection, cancellationToken);
        LoadSideDatabase.DeleteLeftovers(DatabasePath);
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

    /// <inheritdoc/>
    /// <remarks>Here: the search index (about a second per 10,000 studies) and the theme sets.</remarks>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await CurrentSearchIndexAsync(cancellationToken);
        await WithThemeSetsAsync(sets => sets.Count, cancellationToken);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteQuery.ScalarAsync(connection, SqlScripts.GraphIsEmpty, cancellationToken) == 1;
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

    /// <inheritdoc/>
    /// <remarks>
    /// The store generation: every write transaction, from any process, adds one. Read once per read scope, shared with
    /// the answer cache, the theme sets and the search index, which check it too.
    /// </remarks>
    public async Task<long> ReadVersionAsync(CancellationToken cancellationToken = default)
    {
        var scope = _readScope.Value;
        if (scope is not null && scope.TryGetGeneration(out var known))
        {
            return known;
        }
        var generation = await ReadLatestVersionAsync(cancellationToken);
        scope?.Remember(generation);
        return generation;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Here: the current read scope, if it remembers an older generation, moves to this one. A write that rolled back
    /// (an unchanged upsert) does not make its scope forget; reads after it must not answer from in-memory structures
    /// older than the version the answer cache took from this read, or they would keep stale answers as current.
    /// </remarks>
    public async Task<long> ReadLatestVersionAsync(CancellationToken cancellationToken = default)
    {
        long generation;
        await using (var session = await _connections.OpenAsync(cancellationToken))
        {
            generation = await ReadGenerationAsync(session, cancellationToken);
        }
        _readScope.Value?.Advance(generation);
        return generation;
    }

    /// <summary>
    /// The store generation, and every row of each statement in turn, all in one read transaction (so the rows are
    /// those of that generation): for the in-memory structures built from the whole graph.
    /// </summary>
    private async Task<long> ReadWholeAsync(CancellationToken cancellationToken, params (string Sql, Action<SqliteDataReader> Row)[] statements)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await using var transaction = connection.BeginTransaction(deferred: true);
        long generation;
        await using (var read = SqliteQuery.Command(connection, SqlScripts.ReadGeneration))
        {
            read.Transaction = transaction;
            generation = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var (sql, row) in statements)
        {
            await using var rows = SqliteQuery.Command(connection, sql);
            rows.Transaction = transaction;
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return generation;
    }

    private static Task<long> ReadGenerationAsync(ReadSession session, CancellationToken cancellationToken) =>
        SqliteQuery.ScalarAsync(session, SqlScripts.ReadGeneration, cancellationToken);

    private static (string, object?) Ids(IEnumerable<string> ids) => ("$ids", JsonList.Of(ids));

    /// <summary>Closes the idle read connections and the write connection.</summary>
    public void Dispose()
    {
        StopSearchRebuild().Wait(TimeSpan.FromSeconds(10));
        CloseWriter();
        _connections.CloseReaders();
        _writeGate.Dispose();
        _themeSetsGate.Dispose();
    }
}
