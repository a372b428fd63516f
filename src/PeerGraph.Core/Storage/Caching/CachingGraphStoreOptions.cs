namespace PeerGraph.Core.Storage.Caching;

/// <summary>What <see cref="CachingGraphStore"/> keeps and for how long.</summary>
public sealed class CachingGraphStoreOptions
{
    /// <summary>
    /// Most kept, counted in records (configuration key <c>PeerGraph:QuestionCacheEntries</c>): an answer counts one
    /// plus one per record it holds (KeptAnswers.WeightOf: a page of 20 studies 21, a study by id 1, its 6 findings 7);
    /// default 10,000; 0 turns the cache off. Microsoft.Extensions.Caching.Memory drops the least recently used
    /// quarter when full. A study page keeps about 18, so 200,000 keeps every page of a 10,000-study graph; the default
    /// stays small because larger caches (50,000 and 200,000) showed pauses of most of a second under 5 % writes
    /// (README, "Kept answers counted in records").
    /// </summary>
    public int Entries { get; set; } = 10_000;

    /// <summary>
    /// Keep an answer the first time its question is asked (configuration key <c>PeerGraph:QuestionCacheKeepsFirstAnswers</c>);
    /// default false: an answer is kept the second time its question is asked lately (<see cref="RecentQuestions"/>,
    /// which remembers up to <see cref="Entries"/> new questions, then forgets them all at once), so that questions
    /// asked once cost the garbage collector nothing (but the 1.4 % or so that pass for asked before).
    /// </summary>
    public bool KeepsFirstAnswers { get; set; }

    /// <summary>
    /// Longest an answer is kept, for a store that cannot tell about writes made elsewhere (no <see cref="IStoreVersion"/>:
    /// Neo4j, written to from Neo4j Browser too); null keeps answers until a write makes them stale.
    /// </summary>
    public TimeSpan? MaxAge { get; set; }
}
