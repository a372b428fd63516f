namespace PeerGraph.Core.Storage.Caching;

/// <summary>What <see cref="CachingGraphStore"/> keeps and for how long.</summary>
public sealed class CachingGraphStoreOptions
{
    /// <summary>
    /// Most answers kept (configuration key <c>PeerGraph:QuestionCacheEntries</c>); default 50,000; 0 turns the cache
    /// off. Bounded by entry count, not bytes (Microsoft.Extensions.Caching.Memory drops the least recently used quarter
    /// when full). A study page keeps about four entries per study (the study, its findings, authors and related
    /// studies), so the default keeps every page of a 10,000-study graph (about 0.45 ms of CPU a page instead of 0.9 ms
    /// on the SQLite store). Memory: about 3.5 KB an entry on the generated graphs (100,000 entries held 1.57 GB
    /// resident where 10,000 held 1.22 GB, at 100,000 studies), hence not more by default.
    /// </summary>
    public int Entries { get; set; } = 50_000;

    /// <summary>
    /// Longest an answer is kept, for a store that cannot tell about writes made elsewhere (no <see cref="IStoreVersion"/>:
    /// Neo4j, written to from Neo4j Browser too); null keeps answers until a write makes them stale.
    /// </summary>
    public TimeSpan? MaxAge { get; set; }
}
