using System.Net;
using PeerGraph.Neo4j.Client;
using PeerGraph.Neo4j.Tests.Client;

namespace PeerGraph.Neo4j.Tests.Support;

/// <summary>How the live suites share one server: own databases where Neo4j creates them, else turns on neo4j.</summary>
public sealed class Neo4jTestDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Neo4jOptions Server() => new() { Uri = new Uri($"http://neo4j-{Guid.NewGuid():N}.test:7474"), MaxRetries = 0 };

    [Fact]
    public async Task Where_the_server_creates_databases_each_suite_gets_its_own_and_none_waits()
    {
        var server = Server();
        var stub = new StubHandler().Reply(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}}""")
            .Reply(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}}""");

        await using var store = await Neo4jTestDatabase.AcquireAsync(server, "peergraph-store-tests", new HttpClient(stub), Ct);
        await using var api = await Neo4jTestDatabase.AcquireAsync(server, "peergraph-api-tests", new HttpClient(stub), Ct);

        Assert.Equal(("peergraph-store-tests", "peergraph-api-tests"), (store.Options.Database, api.Options.Database));
        Assert.Equal("/db/system/query/v2", stub.Sent[0].Path);
        Assert.Contains("\"name\":\"peergraph-store-tests\"", stub.Sent[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_Community_the_suites_take_turns_on_neo4j()
    {
        var server = Server();
        const string Refused = """{"errors": [{"code": "Neo.ClientError.Statement.UnsupportedAdministrationCommand", "message": "Unsupported administration command: CREATE DATABASE"}]}""";
        var stub = new StubHandler().Reply(HttpStatusCode.BadRequest, Refused).Reply(HttpStatusCode.BadRequest, Refused);

        var first = await Neo4jTestDatabase.AcquireAsync(server, "peergraph-store-tests", new HttpClient(stub), Ct);
        var second = Neo4jTestDatabase.AcquireAsync(server, "peergraph-api-tests", new HttpClient(stub), Ct);
        await Task.Delay(1500, Ct);
        var waited = !second.IsCompleted;
        await first.DisposeAsync();
        await using var then = await second.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal("neo4j", first.Options.Database);
        Assert.True(waited, "the second suite did not wait for the first");
        Assert.Equal("neo4j", then.Options.Database);
    }
}
