namespace PeerGraph.Sqlite;

/// <summary>Where the embedded store keeps its database.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>File name of the database inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "peergraph.db";

    /// <summary>The data directory (configuration key <c>PeerGraph:DataDir</c>); default <c>./data</c>. Created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// Most answers the question cache keeps (search, related studies, theme co-occurrence, paths), each valid until
    /// the next write to the store; default 1024; 0 turns the cache off. See QuestionCache.cs.
    /// </summary>
    public int QuestionCacheEntries { get; set; } = 1024;

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}
