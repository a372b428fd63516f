using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using PeerGraph.Api.Hosting;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite;

namespace PeerGraph.Benchmarks;

/// <summary>
/// The <c>upsertStudy</c> mutation bench/mixed-body.lua sends (a study with its title changed, asking back the study's
/// id and the errors), POSTed to /graphql through ASP.NET Core's TestServer on a copy of the 10,000-study file, with the
/// default answer cache: beside <see cref="WriteBenchmarks"/>, what the request costs around the store's write (reading
/// and validating the input, the conflict checks, the answer). The same body sent unchanged is the baseline: everything
/// but the write's own rows and commit.
/// </summary>
[MemoryDiagnoser]
public class MutationBenchmarks
{
    private const int StudiesWritten = 500;
    private const string Mutation = "mutation Upsert($input: StudyInput!) { upsertStudy(input: $input) { study { id } errors { message } } }";
    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private string _dataDirectory = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private List<string> _bodies = null!;
    private int _next;

    [GlobalSetup]
    public async Task SetUp()
    {
        _dataDirectory = await BenchmarkGraph.CopyAsync("mutations");
        using (var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDirectory }))
        {
            await store.InitializeAsync();
            _bodies = (await GraphExporter.ExportAsync(store)).Studies.Take(StudiesWritten).Select(BodyOf).ToList();
        }
        _app = PeerGraphWebApplication.Build(
            [$"--PeerGraph:DataDir={_dataDirectory}", "--PeerGraph:ApiKeys:0=bench-key", "--PeerGraph:RateLimit:Mutations:PermitLimit=0", "--Logging:LogLevel:Default=Warning"],
            builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        _client = _app.GetTestClient();
        _client.DefaultRequestHeaders.Authorization = new("Bearer", "bench-key");
        var answer = await SendAsync(_bodies[0]);
        if (!answer.Contains("\"errors\":[]", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the mutation failed: {answer}");
        }
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _app.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<string> Unchanged() => SendAsync(NextBody());

    /// <summary>As bench/mixed-body.lua does: a counter in front of the title.</summary>
    [Benchmark]
    public Task<string> TitleChanged()
    {
        var body = NextBody();
        var title = body.IndexOf(TitleProperty, StringComparison.Ordinal) + TitleProperty.Length;
        return SendAsync(string.Concat(body.AsSpan(0, title), $"rev {_next} ", body.AsSpan(title)));
    }

    private const string TitleProperty = "\"title\":\"";

    private string NextBody() => _bodies[_next++ % _bodies.Count];

    private static string BodyOf(StudyRecord study)
    {
        var body = new JsonObject { ["query"] = Mutation, ["variables"] = new JsonObject { ["input"] = JsonSerializer.SerializeToNode(study, InputJson) } }.ToJsonString();
        return body.Contains(TitleProperty, StringComparison.Ordinal) ? body : throw new InvalidOperationException($"no title in the body of study '{study.Id}'");
    }

    private async Task<string> SendAsync(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/graphql", content);
        return await response.Content.ReadAsStringAsync();
    }
}
