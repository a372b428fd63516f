using Microsoft.Extensions.Caching.Memory;

namespace PeerGraph.Sqlite;

/// <summary>
/// Answers kept until the store's generation moves: the expensive graph questions (search, related studies, theme
/// co-occurrence, paths, counts, the evidence map), records by id and each study's related records, and the taxonomy
/// (see SqliteGraphStore.PerKeyAsync, Taxonomy.cs). Every write transaction, from this process or any other, bumps the
/// generation row (Sql/V2_StoreGeneration.sql); a reader reads it first (one statement, once per read scope:
/// ReadScope.cs) and the cache empties itself when it differs from the one its answers were computed at. An answer
/// computed while a write commits is stored under the older generation at most, so the next reader, seeing the newer
/// one, drops it: no stale answer outlives a write.
/// Bounded by entry count (Microsoft.Extensions.Caching.Memory compacts the least recently used when full).
/// </summary>
internal sealed class QuestionCache : IDisposable
{
    private readonly MemoryCache? _entries;
    private readonly Lock _gate = new();
    private long _generation = -1;

    /// <param name="capacity">Most answers kept; 0 turns the cache off.</param>
    public QuestionCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (capacity > 0)
        {
            _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });
        }
    }

    public bool Enabled => _entries is not null;

    /// <summary>
    /// Makes <paramref name="generation"/> current when it is newer, emptying the cache. Generations only grow, so a
    /// slow reader reporting an older one changes nothing (and finds nothing: answers are served at equal generations).
    /// </summary>
    public void Observe(long generation)
    {
        if (_entries is null || Volatile.Read(ref _generation) >= generation)
        {
            return;
        }
        lock (_gate)
        {
            if (_generation < generation)
            {
                _entries.Clear();
                _generation = generation;
            }
        }
    }

    public bool TryGet<T>(object key, long generation, out T value)
    {
        if (_entries is not null && Volatile.Read(ref _generation) == generation && _entries.TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set<T>(object key, long generation, T value)
    {
        if (_entries is null)
        {
            return;
        }
        lock (_gate)
        {
            // An answer computed at an older generation than the current one may already be stale.
            if (_generation == generation)
            {
                _entries.Set(key, value, new MemoryCacheEntryOptions { Size = 1 });
            }
        }
    }

    public void Dispose() => _entries?.Dispose();
}
