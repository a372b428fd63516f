using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.Hosting;
using PeerGraph.Core.Storage;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Support;

/// <summary>
/// The real service (the same <see cref="PeerGraphWebApplication"/> as `serve`) on ASP.NET Core's in-memory test server
/// (what WebApplicationFactory runs on), with its own data directory, seeded at start-up like a first run.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123456789";

    private readonly WebApplication _app;
    private readonly string _dataDir;

    private TestApp(WebApplication app, string dataDir, HttpClient client)
    {
        _app = app;
        _dataDir = dataDir;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="seedPath">A seed directory or bundle (default: the curated seed).</param>
    /// <param name="wrapStore">Replaces the store, e.g. with a counting or failing decorator.</param>
    public static async Task<TestApp> StartAsync(string? seedPath = null, Func<IGraphStore, IGraphStore>? wrapStore = null, params string[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("peergraph-api-").FullName;
        string[] args =
        [
            $"--PeerGraph:DataDir={dataDir}",
            $"--PeerGraph:SeedPath={seedPath ?? RepoPaths.Seed}",
            $"--PeerGraph:ApiKeys:0={ApiKey}",
            .. settings,
        ];
        var app = PeerGraphWebApplication.Build(args, builder =>
        {
            builder.WebHost.UseTestServer();
            if (wrapStore is not null)
            {
                var inner = new ServiceCollection().AddPeerGraphStore(builder.Configuration).BuildServiceProvider().GetRequiredService<IGraphStore>();
                builder.Services.AddSingleton(wrapStore(inner));
            }
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TestApp(app, dataDir, app.GetTestClient());
    }

    /// <summary>POSTs a query and returns the whole response body as JSON (asserting a 200).</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The data of a query that must not fail.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null, string? apiKey = null)
    {
        var body = await QueryAsync(query, variables, apiKey);
        Assert.True(body["errors"] is null, "unexpected errors: " + body["errors"]?.ToJsonString());
        return body["data"]!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }
}
