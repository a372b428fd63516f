using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// The process-wide SQLite settings (SqliteLibrarySettings.cs) take effect only before SQLite's first connection, and
/// several tests here open connections of their own: the settings are applied as this assembly loads, as the service
/// applies them before its store's first connection, so that every test of the store runs in the mode it ships in.
/// </summary>
public sealed class SqliteLibrarySettingsTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-library-" + Guid.NewGuid().ToString("N"));

    [ModuleInitializer]
    internal static void ApplyBeforeAnyTestOpensSqlite() => SqliteLibrarySettings.EnsureApplied();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_store_reads_and_writes_with_SQLite_counting_no_memory()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(SqliteLibrarySettings.EnsureApplied());
        using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await store.InitializeAsync(ct);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: ct);
        Assert.NotEmpty(await store.SearchAsync("peer", 10, withSnippets: false, ct));

        // With memory statistics on (SQLite's default in this build) a store this size holds megabytes.
        Assert.Equal(0, SQLitePCL.raw.sqlite3_memory_used());
    }
}
