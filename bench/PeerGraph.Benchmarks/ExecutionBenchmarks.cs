using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using PeerGraph.Api.Hosting;

namespace PeerGraph.Benchmarks;

/// <summary>
/// The whole execution path in process: the four load queries POSTed to /graphql through ASP.NET Core's TestServer
/// (request reading, document cache, validation, execution with the batch loaders, the SQLite store, JSON writing),
/// without sockets. Query (b) asks for the first study by title, which the generated data always has.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private readonly Dictionary<string, string> _bodies = [];

    [Params(0, 10_000)]
    public int QuestionCacheEntries { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        await BenchmarkGraph.EnsureLoadedAsync();
        _app = PeerGraphWebApplication.Build(
            [$"--PeerGraph:DataDir={BenchmarkGraph.DataDirectory}", $"--PeerGraph:QuestionCacheEntries={QuestionCacheEntries}", "--Logging:LogLevel:Default=Warning"],
            builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        _client = _app.GetTestClient();

        var first = await PostAsync(new JsonObject { ["query"] = "{ studies(first: 1, orderBy: TITLE_ASC) { edges { node { id } } } }" });
        var studyId = first["data"]!["studies"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        foreach (var name in new[] { "a-studies-page", "b-study-deep", "c-evidence-map", "d-search" })
        {
            var body = new JsonObject { ["query"] = BenchmarkGraph.Query(name) };
            if (name == "b-study-deep")
            {
                body["variables"] = new JsonObject { ["id"] = studyId };
            }
            _bodies[name] = body.ToJsonString();
            var answer = await PostAsync(JsonNode.Parse(_bodies[name])!);
            if (answer["errors"] is not null || answer["data"] is null)
            {
                throw new InvalidOperationException($"{name} failed: {answer.ToJsonString()}");
            }
        }
    }

    [GlobalCleanup]
    public async Task CleanUp() => await _app.DisposeAsync();

    [Benchmark]
    public Task<string> A_StudiesPage() => SendAsync("a-studies-page");

    [Benchmark]
    public Task<string> B_StudyDeep() => SendAsync("b-study-deep");

    [Benchmark]
    public Task<string> C_EvidenceMap() => SendAsync("c-evidence-map");

    [Benchmark]
    public Task<string> D_Search() => SendAsync("d-search");

    /// <summary>The pipeline alone: HTTP in process, the cached document, one trivial field.</summary>
    [Benchmark(Baseline = true)]
    public Task<string> Typename() => SendAsync(null);

    private async Task<string> SendAsync(string? name)
    {
        using var content = new StringContent(name is null ? """{"query":"{ __typename }"}""" : _bodies[name], System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/graphql", content);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonNode> PostAsync(JsonNode body)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", body);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
