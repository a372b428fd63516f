using PeerGraph.Core.Storage;
using PeerGraph.Neo4j.Client;
using PeerGraph.Neo4j.Store;
using PeerGraph.StoreContract;

namespace PeerGraph.Neo4j.Tests.Store;

/// <summary>The same store suite as SQLite's, against Neo4j (skipped, with the reason, when there is no Neo4j).</summary>
public sealed class Neo4jGraphStoreContractTests(Neo4jServer server) : GraphStoreContract, IClassFixture<Neo4jServer>
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        if (server.Options is not { } options)
        {
            Assert.Skip(server.SkipReason ?? "no Neo4j");
            throw new InvalidOperationException("unreachable");
        }
        var store = new Neo4jGraphStore(new Neo4jQueryClient(new HttpClient(), options));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.LoadSeedAsync(new Core.Seed.SeedGraph([], [], [], []), cancellationToken: TestContext.Current.CancellationToken);
        return store;
    }
}
