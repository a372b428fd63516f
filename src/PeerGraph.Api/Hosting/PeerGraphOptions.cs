namespace PeerGraph.Api.Hosting;

/// <summary>The service's own settings (configuration section <c>PeerGraph</c>; environment <c>PeerGraph__Key</c>).</summary>
public sealed class PeerGraphOptions
{
    public const string Section = "PeerGraph";

    /// <summary>Which store holds the graph: <c>sqlite</c> (default) or <c>neo4j</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Folder of the SQLite database (<c>peergraph.db</c>); default <c>./data</c>.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>
    /// Most answers kept in memory by the answer cache in front of either store, each until a write touches what it
    /// depends on; default 10,000; 0 turns the cache off. See CachingGraphStore.
    /// </summary>
    public int QuestionCacheEntries { get; set; } = 10_000;

    /// <summary>Seed loaded into an empty store at start-up: a seed directory or a bundle file. Default: the repository's <c>seed/</c>.</summary>
    public string? SeedPath { get; set; }

    /// <summary>API keys that may run mutations (sent as <c>Authorization: Bearer &lt;key&gt;</c>). None by default: no mutations.</summary>
    public string[] ApiKeys { get; set; } = [];
}
