namespace PeerGraph.Api.Tests.Support;

/// <summary>The service on Neo4j (PeerGraph:Store=neo4j) seeded with the curated seed, when NEO4J_URI names a server; otherwise no app.</summary>
public sealed class Neo4jSeededAppFixture : IAsyncLifetime
{
    public TestApp? App { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is not { Length: > 0 } uri)
        {
            return;
        }
        // The test app seeds an empty store only, so a server holding another graph must be emptied first (a throwaway database).
        App = await TestApp.StartAsync(null, null,
            "--PeerGraph:Store=neo4j", $"--Neo4j:Uri={uri}",
            $"--Neo4j:User={Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j"}",
            $"--Neo4j:Password={Environment.GetEnvironmentVariable("NEO4J_PASSWORD")}");
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
