using PeerGraph.Core.Storage;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.Sqlite;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>The store suite on the embedded store: a fresh database file in a temp directory per test.</summary>
public class SqliteGraphStoreContractTests : GraphStoreContract
{
    /// <summary>
    /// Most answers the answer cache in front of the store keeps (the default), each kept at its first ask so that every
    /// answer a test reads again around a write is a kept one; the suite runs again on the bare store.
    /// </summary>
    protected virtual int QuestionCacheEntries => new CachingGraphStoreOptions().Entries;

    private readonly List<string> _directories = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var directory = Directory.CreateTempSubdirectory("peergraph-sqlite-").FullName;
        _directories.Add(directory);
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = directory });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return QuestionCacheEntries > 0 ? new CachingGraphStore(store, new CachingGraphStoreOptions { Entries = QuestionCacheEntries, KeepsFirstAnswers = true }) : store;
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
/// The same suite on the bare store, without the answer cache: every answer from SQL, including those the cache
/// otherwise reads off the kept taxonomy (themes and groups) or keeps (counts, the evidence map).
/// </summary>
public sealed class SqliteGraphStoreWithoutQuestionCacheContractTests : SqliteGraphStoreContractTests
{
    protected override int QuestionCacheEntries => 0;
}
