using PeerGraph.Core.Storage;
using PeerGraph.Sqlite;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>The store suite on the embedded store: a fresh database file in a temp directory per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly List<string> _directories = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var directory = Directory.CreateTempSubdirectory("peergraph-sqlite-").FullName;
        _directories.Add(directory);
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = directory });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var directory in _directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
