using SQLitePCL;

namespace PeerGraph.Sqlite;

/// <summary>
/// Process-wide settings of the bundled SQLite library (https://sqlite.org/c3ref/config.html), applied once, before the
/// first connection opens; SQLite refuses them afterwards (SQLITE_MISUSE), and then it keeps its defaults, which are
/// as correct, only slower.
/// <list type="bullet">
/// <item><c>SQLITE_CONFIG_MULTITHREAD</c>: no mutex per connection. The bundled build is serialized
/// (<c>THREADSAFE=1</c>): every <c>sqlite3_step</c> and column read locked the connection's mutex. The store never uses
/// one connection from two threads at once, which is all this mode asks: a read session is rented by one call at a
/// time, the write connection is used under the write gate, the seed load's second thread and the maintenance
/// commands open connections of their own, every command is disposed by the code that made it (none is left for the
/// finalizer thread to finalize while its connection is in use), and Microsoft.Data.Sqlite's pool, which could hand a
/// collected owner's connection to another thread, is off (SqliteConnectionFactory). <c>sqlite3_interrupt</c> takes no
/// mutex in either mode.</item>
/// <item><c>SQLITE_CONFIG_MEMSTATUS</c> off: the build counts memory (no <c>DEFAULT_MEMSTATUS=0</c>), which takes one
/// global mutex around every allocation and free of every connection, so concurrent reads refilling their page
/// caches after a write queued on it. The store reads no memory statistics and sets no heap limit.</item>
/// </list>
/// Microsoft.Data.Sqlite has no setting for either; these are the two calls SQLite provides.
/// </summary>
internal static class SqliteLibrarySettings
{
    private static readonly Lazy<bool> Applied = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when this process runs SQLite with the settings above (false: something opened SQLite first).</summary>
    public static bool EnsureApplied() => Applied.Value;

    private static bool Apply()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
            && raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
