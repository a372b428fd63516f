using Microsoft.Data.Sqlite;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (WAL, foreign keys on), the graph model as tables, FTS5 for search.
/// Every question is answered by SQL; lists of ids travel as one JSON parameter read with json_each.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private const string DefaultStudyOrder = "(s.year IS NULL), s.year DESC, s.id";

    private readonly SqliteConnectionFactory _connections;
    private readonly QuestionCache _questions;

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.QuestionCacheEntries < 0)
        {
            throw new ArgumentException($"the question cache size must be 0 (off) or more, not {options.QuestionCacheEntries}", nameof(options));
        }
        DatabasePath = options.DatabasePath;
        _connections = new SqliteConnectionFactory(DatabasePath);
        _questions = new QuestionCache(options.QuestionCacheEntries);
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

    /// <summary>
    /// The answer to a question from the cache when nothing was written since it was computed; otherwise computed on
    /// <paramref name="session"/> and kept.
    /// </summary>
    private async Task<T> CachedAsync<T>(ReadSession session, object key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        if (!_questions.Enabled)
        {
            return await compute();
        }
        var generation = await ReadGenerationAsync(session, cancellationToken);
        _questions.Observe(generation);
        if (_questions.TryGet<T>(key, generation, out var cached))
        {
            return cached;
        }
        var answer = await compute();
        _questions.Set(key, generation, answer);
        return answer;
    }

    /// <summary>
    /// The themes and groups of the current generation (see <see cref="Taxonomy"/>), or null when the question cache
    /// is off.
    /// </summary>
    private async Task<Taxonomy?> TaxonomyAsync(ReadSession session, CancellationToken cancellationToken)
    {
        if (!_questions.Enabled)
        {
            return null;
        }
        return await CachedAsync(session, TaxonomyQuestion.Instance, async () => new Taxonomy(
            await SqliteQuery.ListAsync(session, $"SELECT {SqliteRows.ThemeColumns} FROM theme t ORDER BY t.ordinal", r => SqliteRows.Theme(r), cancellationToken),
            await SqliteQuery.ListAsync(session, $"SELECT {SqliteRows.GroupColumns} FROM stakeholder_group g ORDER BY g.ordinal", r => SqliteRows.Group(r), cancellationToken)),
            cancellationToken);
    }

    /// <summary>An answer read off the taxonomy when it is kept, else by <paramref name="query"/> (SQL).</summary>
    private async Task<T> FromTaxonomyAsync<T>(Func<Taxonomy, T> answer, Func<Task<T>> query, CancellationToken cancellationToken)
    {
        Taxonomy? taxonomy;
        await using (var session = await _connections.OpenAsync(cancellationToken))
        {
            taxonomy = await TaxonomyAsync(session, cancellationToken);
        }
        return taxonomy is null ? await query() : answer(taxonomy);
    }

    private sealed record TaxonomyQuestion
    {
        public static TaxonomyQuestion Instance { get; } = new();
    }

    private static Task<long> ReadGenerationAsync(ReadSession session, CancellationToken cancellationToken) =>
        SqliteQuery.ScalarAsync(session, "SELECT value FROM store_generation WHERE id = 1", cancellationToken);

    private static (string, object?) Ids(IEnumerable<string> ids) => ("$ids", JsonList.Of(ids));
}
