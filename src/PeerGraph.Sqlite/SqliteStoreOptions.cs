namespace PeerGraph.Sqlite;

/// <summary>Where the embedded store keeps its database.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>File name of the database inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "peergraph.db";

    /// <summary>The data directory (configuration key <c>PeerGraph:DataDir</c>); default <c>./data</c>. Created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The one-line problem with these options (naming the configuration key), or null when they are usable.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(DataDirectory) ? "PeerGraph:DataDir is empty: give the folder for the SQLite database (default ./data)." : null;

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}
