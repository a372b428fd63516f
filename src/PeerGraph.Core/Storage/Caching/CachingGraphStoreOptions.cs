namespace PeerGraph.Core.Storage.Caching;

/// <summary>What <see cref="CachingGraphStore"/> keeps and for how long.</summary>
public sealed class CachingGraphStoreOptions
{
    /// <summary>
    /// Most answers kept (configuration key <c>PeerGraph:QuestionCacheEntries</c>); default 10,000; 0 turns the cache
    /// off. Bounded by entry count, not bytes (Microsoft.Extensions.Caching.Memory drops the least recently used quarter
    /// when full).
    /// </summary>
    public int Entries { get; set; } = 10_000;

    /// <summary>
    /// Longest an answer is kept, for a store that cannot tell about writes made elsewhere (no <see cref="IStoreVersion"/>:
    /// Neo4j, written to from Neo4j Browser too); null keeps answers until a write makes them stale.
    /// </summary>
    public TimeSpan? MaxAge { get; set; }
}
