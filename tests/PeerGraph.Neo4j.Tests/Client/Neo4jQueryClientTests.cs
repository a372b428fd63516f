using System.Net;
using System.Text.Json.Nodes;
using PeerGraph.Neo4j.Client;

namespace PeerGraph.Neo4j.Tests.Client;

/// <summary>
/// The Query API client against the request and response shapes of Neo4j's documentation, through a stub handler:
/// what is sent (method, path, headers, body) and how each documented reply is handled. Shapes from:
/// query and response (data.fields/values, bookmarks): https://neo4j.com/docs/query-api/current/query/ ;
/// plain JSON nodes and relationships: https://neo4j.com/docs/query-api/2/result-formats ;
/// counters and bookmarks in a response: https://neo4j.com/docs/query-api/2/query-counters ;
/// explicit transactions (tx id, neo4j-cluster-affinity, commit, DELETE to roll back): https://neo4j.com/docs/query-api/current/transactions ;
/// error bodies ({"errors": [{"code", "message"}]}) and codes as Neo4j's status-code list names them. The discovery
/// document's keys (query, neo4j_version, neo4j_edition) follow what Neo4j 5 serves at GET /.
/// No Neo4j server was available here: these shapes were checked against the documentation only.
/// </summary>
public sealed class Neo4jQueryClientTests
{
    private static readonly Uri Server = new("http://neo4j.test:7474");

    private static (Neo4jQueryClient Client, StubHandler Stub) Create(int retries = 2, TimeSpan? timeout = null)
    {
        var stub = new StubHandler();
        var options = new Neo4jOptions { Uri = Server, Database = "graph", User = "neo4j", Password = "secret", MaxRetries = retries, RequestTimeout = timeout ?? TimeSpan.FromSeconds(5) };
        return (new Neo4jQueryClient(new HttpClient(stub), options), stub);
    }

    private const string Success = """
        {"data": {"fields": ["id", "n", "tags"], "values": [["a", 42, ["x", "y"]], ["b", null, []]]}, "bookmarks": ["FB:kcwQ1"]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_query_posts_statement_and_typed_parameters_with_basic_auth_and_maps_rows_by_column()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, Success);

        var result = await client.RunAsync("MATCH (s:Study {id: $id}) RETURN s.id AS id",
            new Dictionary<string, object?> { ["id"] = "x", ["n"] = 3, ["f"] = 1.5, ["b"] = true, ["none"] = null, ["list"] = new[] { "a" }, ["rows"] = new[] { new Dictionary<string, object?> { ["k"] = 1 } } },
            cancellationToken: Ct);

        var (method, path, body, request) = stub.Sent.Single();
        Assert.Equal((HttpMethod.Post, "/db/graph/query/v2"), (method, path));
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal("neo4j:secret", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));
        var sent = JsonNode.Parse(body!)!;
        Assert.Equal("MATCH (s:Study {id: $id}) RETURN s.id AS id", sent["statement"]!.GetValue<string>());
        Assert.Equal("""{"id":"x","n":3,"f":1.5,"b":true,"none":null,"list":["a"],"rows":[{"k":1}]}""", sent["parameters"]!.ToJsonString());
        Assert.Null(sent["accessMode"]);
        Assert.Equal(["a", "b"], result.Records.Select(r => r.GetString("id")));
        Assert.Equal(42, result.Records[0].GetInt64("n"));
        Assert.Null(result.Records[1].GetInt64("n"));
        Assert.Equal(["x", "y"], result.Records[0].GetStrings("tags"));
    }

    [Fact]
    public async Task Reads_send_access_mode_read_and_the_bookmarks_of_the_last_write()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, Success).Reply(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}}""");

        await client.RunAsync("CREATE (:X)", cancellationToken: Ct);
        await client.RunAsync("MATCH (x:X) RETURN x", accessMode: AccessMode.Read, cancellationToken: Ct);

        var read = JsonNode.Parse(stub.Sent[1].Body!)!;
        Assert.Equal("Read", read["accessMode"]!.GetValue<string>());
        Assert.Equal("""["FB:kcwQ1"]""", read["bookmarks"]!.ToJsonString());
    }

    [Fact]
    public async Task A_bearer_token_replaces_basic_auth()
    {
        var stub = new StubHandler().Reply(HttpStatusCode.Accepted, Success);
        var client = new Neo4jQueryClient(new HttpClient(stub), new Neo4jOptions { Uri = Server, BearerToken = "tok" });

        await client.RunAsync("RETURN 1", cancellationToken: Ct);

        Assert.Equal(("Bearer", "tok"), (stub.Sent[0].Request.Headers.Authorization!.Scheme, stub.Sent[0].Request.Headers.Authorization!.Parameter));
    }

    [Fact]
    public async Task Nodes_and_relationships_decode_from_plain_json()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, """
            {"data": {"fields": ["n", "r"], "values": [[
              {"elementId": "4:abc:0", "labels": ["Study"], "properties": {"id": "s1"}},
              {"elementId": "5:abc:1", "startNodeElementId": "4:abc:0", "endNodeElementId": "4:abc:2", "type": "REPORTS", "properties": {}}]]}}
            """);

        var record = (await client.RunAsync("MATCH (n)-[r]->() RETURN n, r", cancellationToken: Ct)).Records.Single();

        var node = record.GetNode("n");
        Assert.Equal(["Study"], node.Labels);
        Assert.Equal("s1", node.Properties.GetProperty("id").GetString());
        var relationship = Neo4jRelationship.From(record["r"]);
        Assert.Equal(("REPORTS", "4:abc:0", "4:abc:2"), (relationship.Type, relationship.StartNodeElementId, relationship.EndNodeElementId));
    }

    [Fact]
    public async Task A_client_error_surfaces_with_neo4j_code_and_message_and_is_not_retried()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'MATC'"}]}""");

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("MATC (n) RETURN n", cancellationToken: Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Error!.Code);
        Assert.Contains("Invalid input 'MATC'", e.Message, StringComparison.Ordinal);
        Assert.Single(stub.Sent);
    }

    [Fact]
    public async Task A_transient_error_is_retried_then_succeeds()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.ServiceUnavailable, """{"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}]}""")
            .Throw(new HttpRequestException("connection reset"))
            .Reply(HttpStatusCode.Accepted, Success);

        var result = await client.RunAsync("MERGE (n:X) RETURN n", cancellationToken: Ct);

        Assert.Equal(3, stub.Sent.Count);
        Assert.Equal(2, result.Records.Count);
    }

    [Fact]
    public async Task A_terminated_transaction_is_not_retried()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.TransientError.Transaction.Terminated", "message": "terminated"}]}""");

        await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Single(stub.Sent);
    }

    [Fact]
    public async Task Transient_failures_stop_after_the_retry_bound()
    {
        var (client, stub) = Create(retries: 2);
        for (var i = 0; i < 3; i++)
        {
            stub.Throw(new HttpRequestException("connection refused"));
        }

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal(3, stub.Sent.Count);
        Assert.Contains("unreachable", e.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Uri", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_say_what_to_fix()
    {
        var (client, stub) = Create(retries: 0);
        stub.Reply(HttpStatusCode.Unauthorized, """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}]}""");

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Contains("Neo4j:Password", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_database_says_what_to_fix()
    {
        var (client, stub) = Create(retries: 0);
        stub.Reply(HttpStatusCode.NotFound, """{"errors": [{"code": "Neo.ClientError.Database.DatabaseNotFound", "message": "Database does not exist. Database name: 'graph'."}]}""");

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Contains("Neo4j:Database", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discovery_reports_the_version_and_refuses_a_server_without_the_query_api()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.OK, """{"bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2", "neo4j_version": "5.26.0", "neo4j_edition": "community"}""")
            .Reply(HttpStatusCode.OK, """{"bolt_direct": "bolt://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx", "neo4j_version": "5.18.0", "neo4j_edition": "community"}""");

        var info = await client.DiscoverAsync(Ct);
        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.DiscoverAsync(Ct));

        Assert.Equal(new Neo4jServerInfo("5.26.0", "community"), info);
        Assert.Equal((HttpMethod.Get, "/"), (stub.Sent[0].Method, stub.Sent[0].Path));
        Assert.Contains("server.http_enabled_modules", e.Message, StringComparison.Ordinal);
        // The module's name in Neo4j 5 (ConfigurableServerModules); QUERY_API alone makes Neo4j refuse to start.
        Assert.Contains("QUERY_API_ENDPOINTS", e.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"QUERY_API(?!_ENDPOINTS)", e.Message);
    }

    [Fact]
    public async Task A_request_that_times_out_fails_with_the_timeout_setting()
    {
        var (client, stub) = Create(retries: 0, timeout: TimeSpan.FromMilliseconds(50));
        stub.Hang();

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Contains("Neo4j:RequestTimeout", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_transaction_opens_runs_and_commits_with_cluster_affinity()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, """{"transaction": {"id": "tx-42", "expires": "2024-10-22T15:48:29Z"}}""", ("neo4j-cluster-affinity", "MTAuOC4zLjE4OjcyNTA="))
            .Reply(HttpStatusCode.Accepted, """{"data": {"fields": ["n"], "values": [[1]]}, "transaction": {"id": "tx-42", "expires": "2024-10-22T15:48:29Z"}}""")
            .Reply(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:after-commit"]}""");

        await using (var tx = await client.BeginTransactionAsync(cancellationToken: Ct))
        {
            await tx.RunAsync("UNWIND $rows AS row MERGE (s:Study {id: row.id})", new Dictionary<string, object?> { ["rows"] = new[] { new { id = "a" } } }, Ct);
            await tx.CommitAsync(Ct);
        }

        Assert.Equal(["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx-42", "POST /db/graph/query/v2/tx/tx-42/commit"],
            stub.Sent.Select(s => $"{s.Method} {s.Path}"));
        Assert.All(stub.Sent.Skip(1), s => Assert.Equal("MTAuOC4zLjE4OjcyNTA=", s.Request.Headers.GetValues("neo4j-cluster-affinity").Single()));
        Assert.Equal(["FB:after-commit"], client.Bookmarks);
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, """{"transaction": {"id": "tx-7", "expires": "2024-10-22T15:48:29Z"}}""")
            .Reply(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.ClientError.Schema.ConstraintValidationFailed", "message": "already exists"}]}""")
            .Reply(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}}""");

        await using var tx = await client.BeginTransactionAsync(cancellationToken: Ct);
        await Assert.ThrowsAsync<Neo4jException>(() => tx.RunAsync("CREATE (:Study {id: 'dup'})", cancellationToken: Ct));

        Assert.Equal("DELETE /db/graph/query/v2/tx/tx-7", $"{stub.Sent[2].Method} {stub.Sent[2].Path}");
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, """{"transaction": {"id": "tx-9", "expires": "2024-10-22T15:48:29Z"}}""")
            .Reply(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}}""");

        await using (await client.BeginTransactionAsync(cancellationToken: Ct))
        {
        }

        Assert.Equal(["POST /db/graph/query/v2/tx", "DELETE /db/graph/query/v2/tx/tx-9"], stub.Sent.Select(s => $"{s.Method} {s.Path}"));
    }

    private const string Discovery = """{"query": "http://localhost:7474/db/{databaseName}/query/v2", "neo4j_version": "5.26.0", "neo4j_edition": "community"}""";

    [Fact]
    public async Task Waiting_for_a_starting_neo4j_retries_refused_connections_then_checks_the_database()
    {
        var (client, stub) = Create();
        stub.Throw(new HttpRequestException("Connection refused"))
            .Throw(new HttpRequestException("Connection refused"))
            .Reply(HttpStatusCode.OK, Discovery)
            .Reply(HttpStatusCode.ServiceUnavailable, """{"errors": [{"code": "Neo.TransientError.Database.DatabaseUnavailable", "message": "starting"}]}""")
            .Reply(HttpStatusCode.OK, Discovery)
            .Reply(HttpStatusCode.Accepted, """{"data": {"fields": ["ok"], "values": [[1]]}}""");

        var info = await client.WaitUntilAvailableAsync(Ct);

        Assert.Equal(new Neo4jServerInfo("5.26.0", "community"), info);
        Assert.Equal(["GET /", "GET /", "GET /", "POST /db/graph/query/v2", "GET /", "POST /db/graph/query/v2"], stub.Sent.Select(s => $"{s.Method} {s.Path}"));
        Assert.Equal("Read", JsonNode.Parse(stub.Sent[^1].Body!)!["accessMode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Waiting_stops_at_the_startup_timeout_with_the_last_error()
    {
        var stub = new StubHandler();
        for (var i = 0; i < 50; i++)
        {
            stub.Throw(new HttpRequestException("Connection refused"));
        }
        var client = new Neo4jQueryClient(new HttpClient(stub), new Neo4jOptions { Uri = Server, StartupTimeout = TimeSpan.FromMilliseconds(700) });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.WaitUntilAvailableAsync(Ct));

        Assert.Contains("Neo4j:StartupTimeout", e.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", e.Message, StringComparison.Ordinal);
        Assert.InRange(stub.Sent.Count, 2, 10);
    }

    [Fact]
    public async Task Waiting_does_not_retry_what_retrying_cannot_fix()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.OK, Discovery)
            .Reply(HttpStatusCode.Unauthorized, """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid username or password."}]}""");

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.WaitUntilAvailableAsync(Ct));

        Assert.Contains("Neo4j:Password", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, stub.Sent.Count);
    }

    [Fact]
    public async Task A_cancelled_write_in_an_explicit_transaction_is_rolled_back()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, """{"transaction": {"id": "tx-5", "expires": "2024-10-22T15:48:29Z"}}""")
            .WaitForCancellation()
            .Reply(HttpStatusCode.Accepted, """{"data": {"fields": [], "values": []}}""");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        await using var tx = await client.BeginTransactionAsync(cancellationToken: cancel.Token);
        var write = tx.RunAsync("MERGE (t:Theme {id: $id})", new Dictionary<string, object?> { ["id"] = "x" }, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.Equal(["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx-5", "DELETE /db/graph/query/v2/tx/tx-5"], stub.Sent.Select(s => $"{s.Method} {s.Path}"));
    }

    [Fact]
    public async Task A_cancelled_commit_leaves_the_transaction_to_be_rolled_back_on_dispose()
    {
        var (client, stub) = Create();
        stub.Reply(HttpStatusCode.Accepted, """{"transaction": {"id": "tx-6", "expires": "2024-10-22T15:48:29Z"}}""")
            .WaitForCancellation()
            .Reply(HttpStatusCode.NotFound, """{"errors": [{"code": "Neo.ClientError.Request.Invalid", "message": "Transaction with Id: 'tx-6' was not found."}]}""");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        await using (var tx = await client.BeginTransactionAsync(cancellationToken: cancel.Token))
        {
            var commit = tx.CommitAsync(cancel.Token);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => commit);
        }

        Assert.Equal(["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx-6/commit", "DELETE /db/graph/query/v2/tx/tx-6"], stub.Sent.Select(s => $"{s.Method} {s.Path}"));
    }
}
