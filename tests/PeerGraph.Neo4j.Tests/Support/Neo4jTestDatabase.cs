using System.Security.Cryptography;
using System.Text;
using PeerGraph.Neo4j.Client;
using PeerGraph.StoreContract;

namespace PeerGraph.Neo4j.Tests.Support;

/// <summary>
/// A database of the Neo4j under test that one suite may replace at will. Where the server allows it (Enterprise),
/// each suite gets its own database by name (CreateTestDatabase.cypher, run on <c>system</c>) and suites run side by
/// side; Neo4j Community has only <c>neo4j</c> and <c>system</c> (CREATE DATABASE is refused), so the suites share
/// <c>neo4j</c> and take turns: a lock file per server, held from the suite's start to its end, serialises them across
/// test processes (dotnet test runs test projects in parallel), and each suite replaces the whole graph before use.
/// NEO4J_DATABASE names the database to use instead (no creation; still serialised).
/// </summary>
public sealed class Neo4jTestDatabase : IAsyncDisposable
{
    private readonly FileStream? _lock;

    private Neo4jTestDatabase(Neo4jOptions options, FileStream? @lock)
    {
        Options = options;
        _lock = @lock;
    }

    public Neo4jOptions Options { get; }

    public static Task<Neo4jTestDatabase> AcquireAsync(Neo4jOptions server, string suite, CancellationToken cancellationToken) =>
        AcquireAsync(server, suite, new HttpClient(), cancellationToken);

    internal static async Task<Neo4jTestDatabase> AcquireAsync(Neo4jOptions server, string suite, HttpClient http, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("NEO4J_DATABASE") is not { Length: > 0 } database)
        {
            database = suite;
            var system = new Neo4jQueryClient(http, With(server, "system"));
            try
            {
                await system.RunAsync(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PeerGraph.Neo4j.Tests", "Support", "CreateTestDatabase.cypher")),
                    new Dictionary<string, object?> { ["name"] = suite }, AccessMode.Write, cancellationToken);
                return new Neo4jTestDatabase(With(server, suite), null);
            }
            catch (Neo4jException e) when (e.Error?.IsClientError == true)
            {
                database = "neo4j"; // Community: no other database; take turns on neo4j
            }
        }
        return new Neo4jTestDatabase(With(server, database), await LockAsync(server.Uri, cancellationToken));
    }

    private static Neo4jOptions With(Neo4jOptions server, string database) => new()
    {
        Uri = server.Uri, User = server.User, Password = server.Password, BearerToken = server.BearerToken, Database = database,
    };

    /// <summary>The same file name for every suite that tests this server (the API suite computes it the same way).</summary>
    public static string LockPath(Uri server) =>
        Path.Combine(Path.GetTempPath(), "peergraph-neo4j-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(server.ToString())))[..16] + ".lock");

    private static async Task<FileStream> LockAsync(Uri server, CancellationToken cancellationToken)
    {
        var path = LockPath(server);
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _lock?.Dispose();
        return ValueTask.CompletedTask;
    }
}
