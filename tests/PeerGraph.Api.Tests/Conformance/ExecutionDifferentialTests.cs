using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;
using PeerGraph.Core.Seed;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Conformance;

/// <summary>
/// Execution (GraphQL spec 6.4.4, handling field errors) against graphql-js: tests/node-oracles/execution-corpus.mjs
/// holds documents that validate and then raise field errors (or must not). graphql-js executes them over the
/// reference peer's resolvers (../shared/peer/graphql-js-peer) and a bundle of the curated seed; PeerGraph executes
/// them over its store, seeded from the same seed. The two must agree on whether `data` is null (null propagation to
/// the nearest nullable parent) and on the error paths.
/// </summary>
public sealed class ExecutionDifferentialTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task Null_propagation_and_error_paths_agree_with_graphql_js_on_every_execution_case()
    {
        RepoPaths.SkipUnlessPeerIsPresent();
        var bundle = Path.Combine(Path.GetTempPath(), $"peergraph-exec-{Guid.NewGuid():N}.json");
        try
        {
            await SeedBundleWriter.WriteFileAsync(Seeds.Curated, bundle, TestContext.Current.CancellationToken);
            var schemaPath = RepoPaths.Contract;
            var peerPath = Path.Combine(RepoPaths.Peer, "graphql-js-peer");
            var output = await NodeOracle.RunAsync("execute.mjs", [schemaPath, bundle, peerPath]);
            var cases = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
            Assert.True(cases.Count >= 20, $"the execution corpus has {cases.Count} cases");

            var differences = new List<string>();
            foreach (var item in cases)
            {
                var (dataIsNull, paths) = await PeerGraphOutcomeAsync(item);
                var expectedDataIsNull = item["dataIsNull"]!.GetValue<bool>();
                var expectedPaths = item["errorPaths"]!.AsArray().Select(p => p!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                if (dataIsNull != expectedDataIsNull)
                {
                    differences.Add($"{item["id"]}: data is {(dataIsNull ? "null" : "not null")}, graphql-js: {(expectedDataIsNull ? "null" : "not null")}");
                }
                else if (!PathsAgree(expectedDataIsNull, expectedPaths, paths))
                {
                    differences.Add($"{item["id"]}: error paths [{string.Join(", ", paths.Order())}], graphql-js [{string.Join(", ", expectedPaths.Order())}]");
                }
            }
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    /// <summary>
    /// Where data survives, the error sets must be equal. Where a non-null root field's error nulls the whole of
    /// `data`, graphql-js stops executing the remaining root fields (its synchronous resolvers run in order), while
    /// GraphQL.NET runs them all, so it may report more; the spec allows both, so graphql-js's errors must be among ours.
    /// </summary>
    private static bool PathsAgree(bool dataIsNull, HashSet<string> expected, HashSet<string> actual) =>
        dataIsNull ? actual.Count > 0 && expected.IsSubsetOf(actual) : expected.SetEquals(actual);

    private async Task<(bool DataIsNull, HashSet<string> Paths)> PeerGraphOutcomeAsync(JsonNode item)
    {
        var body = new JsonObject { ["query"] = item["query"]!.GetValue<string>(), ["variables"] = item["variables"]?.DeepClone() };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await fixture.App.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.True(json.ContainsKey("data"), $"{item["id"]}: the request did not reach execution: {json.ToJsonString()}");
        var paths = (json["errors"]?.AsArray() ?? []).Select(e => string.Join('.', (e!["path"]?.AsArray() ?? []).Select(p => p!.ToString()))).ToHashSet(StringComparer.Ordinal);
        return (json["data"] is null, paths);
    }
}
