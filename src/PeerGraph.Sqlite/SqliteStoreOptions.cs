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
    /// <c>PeerGraph:SqliteMemoryMapBytes</c>); default 0: read connections read pages through system calls into their
    /// own 2 MiB page cache. Up to 0x7fff0000 (2 GiB less 64 KiB, the bundled SQLite's SQLITE_MAX_MMAP_SIZE: a larger
    /// value is silently cut to it) maps the file instead, so that pages come from the operating system's page cache.
    /// Off by default because of writes: a read connection that finds the write-ahead log changed drops its whole page
    /// cache and unmaps the whole file (SQLite's pager, sqlite3PagerSharedLock), then takes a page fault for every
    /// page it touches again. With 5 % writes at 10,000 studies that was 10 to 15 % of the server's CPU (perf), and
    /// mapping cost 12 to 19 % more server CPU per request than reading (bench/mixed-load.sh 10000 64 10, two runs of
    /// each in turns: 1.88 and 1.88 ms against 1.67 and 1.58); read-only the two were level at 10,000 studies, and
    /// mapping 2 to 5 % cheaper on study pages at 100,000.
    /// </summary>
    public long MemoryMapBytes { get; set; }

    /// <summary>The one-line problem with these options (naming the configuration key), or null when they are usable.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(DataDirectory) ? "PeerGraph:DataDir is empty: give the folder for the SQLite database (default ./data)."
        : MemoryMapBytes < 0 ? $"PeerGraph:SqliteMemoryMapBytes is {MemoryMapBytes}: give 0 (no memory map) or more bytes."
        : null;

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}
