namespace PeerGraph.Sqlite;

/// <summary>Where the embedded store keeps its database.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>File name of the database inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "peergraph.db";

    /// <summary>The data directory (configuration key <c>PeerGraph:DataDir</c>); default <c>./data</c>. Created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// Bytes of the database file each read connection maps into memory (SQLite's <c>mmap_size</c>, configuration key
    /// <c>PeerGraph:SqliteMemoryMapBytes</c>); default 0x7fff0000 (2 GiB less 64 KiB), the most the bundled SQLite maps
    /// (its SQLITE_MAX_MMAP_SIZE: a larger value is silently cut to it),
    /// more than the 100,000-study file. Pages are then read from the operating system's page cache, shared by every
    /// connection, instead of copied by a system call into each connection's own 2 MiB page cache: the theme-filtered
    /// page's two statements took half the time (sqlite3 shell, 10,000 studies). Address space, not memory: resident
    /// memory grows only by the pages read. 0 turns it off.
    /// </summary>
    public long MemoryMapBytes { get; set; } = 0x7fff0000;

    /// <summary>The one-line problem with these options (naming the configuration key), or null when they are usable.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(DataDirectory) ? "PeerGraph:DataDir is empty: give the folder for the SQLite database (default ./data)."
        : MemoryMapBytes < 0 ? $"PeerGraph:SqliteMemoryMapBytes is {MemoryMapBytes}: give 0 (no memory map) or more bytes."
        : null;

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}
