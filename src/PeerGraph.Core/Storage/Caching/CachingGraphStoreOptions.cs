namespace PeerGraph.Core.Storage.Caching;

/// <summary>What <see cref="CachingGraphStore"/> keeps and for how long.</summary>
public sealed class CachingGraphStoreOptions
{
    /// <summary>
    /// Most kept, counted in records (configuration key <c>PeerGraph:QuestionCacheEntries</c>): an answer counts one
    /// plus one per record it holds (KeptAnswers.WeightOf: a page of 20 studies 21, a study by id 1, its 6 findings 7);
    /// default 200,000; 0 turns the cache off. Microsoft.Extensions.Caching.Memory drops the least recently used
    /// quarter when full. A study page keeps about 18 (the study, its findings, authors and related studies), so the
    /// default keeps every page of a 10,000-study graph, or about 9,500 pages of 20 studies: the memory the earlier
    /// default of 10,000 answers took when they were pages.
    /// </summary>
    public int Entries { get; set; } = 200_000;

    /// <summary>
    /// Longest an answer is kept, for a store that cannot tell about writes made elsewhere (no <see cref="IStoreVersion"/>:
    /// Neo4j, written to from Neo4j Browser too); null keeps answers until a write makes them stale.
    /// </summary>
    public TimeSpan? MaxAge { get; set; }
}
