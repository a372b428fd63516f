using PeerGraph.Core.Storage;
using PeerGraph.Sqlite;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>The store suite on the embedded store: a fresh database file in a temp directory per test.</summary>
public class SqliteGraphStoreContractTests : GraphStoreContract
{
    /// <summary>Most answers the store keeps between calls (the default); the suite runs again with none.</summary>
    protected virtual int QuestionCacheEntries => new SqliteStoreOptions().QuestionCacheEntries;

    private readonly List<string> _directories = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var directory = Directory.CreateTempSubdirectory("peergraph-sqlite-").FullName;
        _directories.Add(directory);
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = directory, QuestionCacheEntries = QuestionCacheEntries });
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

/// <summary>
/// The same suite with the question cache off: every answer from SQL, including those the cache otherwise reads off
/// the kept taxonomy (themes and groups) or keeps (counts, the evidence map).
/// </summary>
public sealed class SqliteGraphStoreWithoutQuestionCacheContractTests : SqliteGraphStoreContractTests
{
    protected override int QuestionCacheEntries => 0;
}
