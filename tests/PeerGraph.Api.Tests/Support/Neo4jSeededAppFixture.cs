using System.Security.Cryptography;
using System.Text;
using PeerGraph.Neo4j.Client;
using PeerGraph.Neo4j.Store;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Support;

/// <summary>
/// The service on Neo4j (PeerGraph:Store=neo4j) over the curated seed, when NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD)
/// names a server; otherwise no app. The suite seeds its own graph: in its own database where the server allows one
/// (Enterprise: tests/PeerGraph.Neo4j.Tests/Support/CreateTestDatabase.cypher), else in neo4j (Community), taking turns
/// with the store suite through the same lock file as tests/PeerGraph.Neo4j.Tests/Support/Neo4jTestDatabase.cs, and
/// loading the curated seed over whatever graph was there. NEO4J_DATABASE names the database to use instead.
/// </summary>
public sealed class Neo4jSeededAppFixture : IAsyncLifetime
{
    private const string Suite = "peergraph-api-tests";
    private FileStream? _lock;

    public TestApp? App { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is not { Length: > 0 } uri)
        {
            return;
        }
        var ct = TestContext.Current.CancellationToken;
        var server = new Neo4jOptions
        {
            Uri = new Uri(uri),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
        var named = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        var own = string.IsNullOrEmpty(named) ? await OwnDatabaseAsync(server, ct) : null;
        var database = own ?? (string.IsNullOrEmpty(named) ? "neo4j" : named);
        if (own is null)
        {
            _lock = await LockAsync(server.Uri, ct);
        }
        server.Database = database;
        var store = new Neo4jGraphStore(new Neo4jQueryClient(new HttpClient(), server));
        await store.InitializeAsync(ct);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: ct);
        App = await TestApp.StartAsync(null, null,
            "--PeerGraph:Store=neo4j", $"--Neo4j:Uri={uri}", $"--Neo4j:Database={database}",
            $"--Neo4j:User={server.User}", $"--Neo4j:Password={server.Password}");
    }

    /// <summary>A database of the suite's own, or null where the server has none to give (Community).</summary>
    private static async Task<string?> OwnDatabaseAsync(Neo4jOptions server, CancellationToken ct)
    {
        var system = new Neo4jQueryClient(new HttpClient(), new Neo4jOptions { Uri = server.Uri, User = server.User, Password = server.Password, Database = "system" });
        try
        {
            await system.RunAsync(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PeerGraph.Neo4j.Tests", "Support", "CreateTestDatabase.cypher")),
                new Dictionary<string, object?> { ["name"] = Suite }, AccessMode.Write, ct);
            return Suite;
        }
        catch (Neo4jException e) when (e.Error?.IsClientError == true)
        {
            return null;
        }
    }

    private static async Task<FileStream> LockAsync(Uri server, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "peergraph-neo4j-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(server.ToString())))[..16] + ".lock");
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, ct);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        _lock?.Dispose();
    }
}
