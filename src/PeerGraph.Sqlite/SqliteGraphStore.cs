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
    private readonly AsyncLocal<ReadScope?> _readScope = new();

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

    /// <inheritdoc/>
    /// <remarks>Here: the generation row is read once per scope instead of once per call that uses kept answers.</remarks>
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
        var generation = await CurrentGenerationAsync(session, cancellationToken);
        if (_questions.TryGet<T>(key, generation, out var cached))
        {
            return cached;
        }
        var answer = await compute();
        _questions.Set(key, generation, answer);
        return answer;
    }

    /// <summary>
    /// Answers per key (a record by id, or a study's list of related records), each kept like a question until the
    /// generation moves: keys answered before are read from the cache, the others fetched together by one call of
    /// <paramref name="fetch"/> on the session and kept. <paramref name="fetch"/> answers the keys it can; a list
    /// relationship answers every key (an empty list too), a record lookup leaves unknown ids out (not kept).
    /// With the cache off every key is fetched.
    /// </summary>
    private async Task<Dictionary<string, T>> PerKeyAsync<T>(string kind, IReadOnlyCollection<string> keys,
        Func<ReadSession, List<string>, Task<IEnumerable<KeyValuePair<string, T>>>> fetch, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<string, T>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return answers;
        }
        await using var session = await _connections.OpenAsync(cancellationToken);
        var generation = _questions.Enabled ? await CurrentGenerationAsync(session, cancellationToken) : 0;
        var missing = new List<string>();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (_questions.TryGet<T>(new KeptAnswer(kind, key), generation, out var kept))
            {
                answers[key] = kept;
            }
            else
            {
                missing.Add(key);
            }
        }
        if (missing.Count > 0)
        {
            foreach (var (key, value) in await fetch(session, missing))
            {
                answers[key] = value;
                _questions.Set(new KeptAnswer(kind, key), generation, value);
            }
        }
        return answers;
    }

    /// <summary>Records by id through <see cref="PerKeyAsync"/>; <paramref name="sql"/> selects them by $ids.</summary>
    private async Task<IReadOnlyList<T>> KeptRecordsAsync<T>(string kind, IReadOnlyCollection<string> ids, string sql, Func<SqliteDataReader, T> map,
        Func<T, string> idOf, CancellationToken cancellationToken)
    {
        var found = await PerKeyAsync(kind, ids, async (session, missing) =>
            (await SqliteQuery.ListAsync(session, sql, map, cancellationToken, Ids(missing))).Select(r => KeyValuePair.Create(idOf(r), r)), cancellationToken);
        return [.. found.Values];
    }

    /// <summary>
    /// A relationship of many parents through <see cref="PerKeyAsync"/>: <paramref name="sql"/> selects rows of
    /// (parent id, record...) for the parents in $ids, in the contract's order.
    /// </summary>
    private async Task<ILookup<string, T>> KeptLookupAsync<T>(string kind, IReadOnlyCollection<string> parentIds, string sql, Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var lists = await PerKeyAsync<IReadOnlyList<T>>(kind, parentIds, async (session, missing) =>
        {
            var rows = await SqliteQuery.ListAsync(session, sql, r => (Key: r.GetString(0), Value: map(r)), cancellationToken, [Ids(missing), .. parameters]);
            var byParent = rows.ToLookup(r => r.Key, r => r.Value, StringComparer.Ordinal);
            return missing.Select(id => KeyValuePair.Create(id, (IReadOnlyList<T>)byParent[id].ToList()));
        }, cancellationToken);
        return lists.SelectMany(p => p.Value.Select(v => (p.Key, Value: v))).ToLookup(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    private sealed record KeptAnswer(string Kind, string Key);

    /// <summary>The themes and groups of the current generation (see <see cref="Taxonomy"/>), kept as a question.</summary>
    private Task<Taxonomy> TaxonomyAsync(ReadSession session, CancellationToken cancellationToken) =>
        CachedAsync(session, TaxonomyQuestion.Instance, async () => new Taxonomy(
            await SqliteQuery.ListAsync(session, $"SELECT {SqliteRows.ThemeColumns} FROM theme t ORDER BY t.ordinal", r => SqliteRows.Theme(r), cancellationToken),
            await SqliteQuery.ListAsync(session, $"SELECT {SqliteRows.GroupColumns} FROM stakeholder_group g ORDER BY g.ordinal", r => SqliteRows.Group(r), cancellationToken)),
            cancellationToken);

    /// <summary>
    /// An answer read off the taxonomy when the question cache is on, else by <paramref name="query"/> (SQL, which
    /// reads only the rows asked for).
    /// </summary>
    private async Task<T> FromTaxonomyAsync<T>(Func<Taxonomy, T> answer, Func<Task<T>> query, CancellationToken cancellationToken)
    {
        if (!_questions.Enabled)
        {
            return await query();
        }
        await using var session = await _connections.OpenAsync(cancellationToken);
        return answer(await TaxonomyAsync(session, cancellationToken));
    }

    private sealed record TaxonomyQuestion
    {
        public static TaxonomyQuestion Instance { get; } = new();
    }

    /// <summary>The store generation kept answers are checked against: the read scope's, else read now (and observed).</summary>
    private async ValueTask<long> CurrentGenerationAsync(ReadSession session, CancellationToken cancellationToken)
    {
        var scope = _readScope.Value;
        if (scope is not null && scope.TryGetGeneration(out var known))
        {
            return known;
        }
        var generation = await ReadGenerationAsync(session, cancellationToken);
        _questions.Observe(generation);
        scope?.Remember(generation);
        return generation;
    }

    private static Task<long> ReadGenerationAsync(ReadSession session, CancellationToken cancellationToken) =>
        SqliteQuery.ScalarAsync(session, SqlScripts.ReadGeneration, cancellationToken);

    private static (string, object?) Ids(IEnumerable<string> ids) => ("$ids", JsonList.Of(ids));
}
