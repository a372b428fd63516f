using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using PeerGraph.Neo4j.Client;
using PeerGraph.Neo4j.Tests.Support;

namespace PeerGraph.Neo4j.Tests.Store;

/// <summary>
/// The Neo4j the store tests run on: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) when set; otherwise, where a Docker engine
/// answers, a neo4j:5.26-community container started with Testcontainers (its core package: Testcontainers.Neo4j is not on
/// the feed); otherwise none, and each test reports itself skipped with <see cref="SkipReason"/>. On NEO4J_URI the suite
/// works in its own database where the server allows it, else takes turns on neo4j (<see cref="Neo4jTestDatabase"/>);
/// every test replaces the whole graph before it runs.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private const string Password = "peergraph-test";
    private IContainer? _container;
    private Neo4jTestDatabase? _database;

    public Neo4jOptions? Options { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            _database = await Neo4jTestDatabase.AcquireAsync(new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            }, "peergraph-store-tests", TestContext.Current.CancellationToken);
            Options = _database.Options;
            return;
        }
        try
        {
            _container = new ContainerBuilder("neo4j:5.26-community")
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithPortBinding(7687, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            await _container.StartAsync();
            Options = new Neo4jOptions { Uri = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}"), User = "neo4j", Password = Password };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            SkipReason = $"No Neo4j to test against: NEO4J_URI is not set and no Docker engine could start neo4j:5.26-community ({e.GetType().Name}: {e.Message.Split('\n')[0]})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
