namespace PeerGraph.Sqlite;

/// <summary>Where the embedded store keeps its database.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>File name of the database inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "peergraph.db";

    /// <summary>The data directory (configuration key <c>PeerGraph:DataDir</c>); default <c>./data</c>. Created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// Most answers the question cache keeps, each valid until the next write to the store: answers to questions
    /// (search, related studies, co-occurrence, paths, counts, the evidence map), records by id and each study's
    /// related records, and the taxonomy; default 10,000; 0 turns the cache off. See QuestionCache.cs. Memory is bounded
    /// by entry count, not bytes: bench/cache-memory.sh reads a whole 10,000-study graph twice and reports resident
    /// memory, which there is dominated by what the server GC keeps committed (about 0.3 to 0.6 GB with the cache on
    /// or off, by run); the cache's own live size is not measured.
    /// </summary>
    public int QuestionCacheEntries { get; set; } = 10_000;

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}
