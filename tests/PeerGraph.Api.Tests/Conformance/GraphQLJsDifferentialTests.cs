using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Conformance;

/// <summary>
/// PeerGraph (GraphQL.NET as the service configures it) against graphql-js, the reference implementation, over the
/// corpus in tests/node-oracles/corpus.mjs: the two must agree on whether each request fails before execution
/// (syntax, validation, operation selection, variable coercion) and on where (the error locations). Differences that
/// remain are listed, with reasons, in known-differences.txt; the test asserts exactly that list, so a new difference
/// fails it and a fixed one must be taken off the list.
/// </summary>
public sealed class GraphQLJsDifferentialTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private static readonly string KnownDifferencesFile = Path.Combine(RepoPaths.Root, "tests", "PeerGraph.Api.Tests", "Conformance", "known-differences.txt");

    [Fact]
    public async Task PeerGraph_and_graphql_js_agree_on_every_corpus_document_but_the_known_differences()
    {
        var schemaPath = RepoPaths.Contract;
        var cases = (await NodeOracle.RunAsync("validate.mjs", [schemaPath])).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.True(cases.Count >= 150, $"the corpus has {cases.Count} documents");

        var differences = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in cases)
        {
            var (fails, locations) = await PeerGraphVerdictAsync(item);
            var expectedFails = item["fails"]!.GetValue<bool>();
            var expectedLocations = Locations(item["errors"]!);
            if (fails != expectedFails)
            {
                differences[item["id"]!.GetValue<string>()] = $"graphql-js {(expectedFails ? "fails" : "accepts")}, PeerGraph {(fails ? "fails" : "accepts")}";
            }
            else if (fails && !expectedLocations.SetEquals(locations))
            {
                differences[item["id"]!.GetValue<string>()] = $"locations differ: graphql-js [{string.Join(" ", expectedLocations.Order())}], PeerGraph [{string.Join(" ", locations.Order())}]";
            }
        }

        var known = File.ReadAllLines(KnownDifferencesFile).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(':')[0].Trim()).ToHashSet();
        var report = string.Join("\n", differences.Select(d => $"{d.Key}: {d.Value}"));
        Assert.True(known.SetEquals(differences.Keys), $"differences ({differences.Count} of {cases.Count}) do not match {KnownDifferencesFile}:\n{report}");
    }

    private async Task<(bool Fails, HashSet<string> Locations)> PeerGraphVerdictAsync(JsonNode item)
    {
        var body = new JsonObject
        {
            ["query"] = item["query"]!.GetValue<string>(),
            ["variables"] = item["variables"]?.DeepClone(),
            ["operationName"] = item["operationName"]?.DeepClone(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await fixture.App.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        // Under application/graphql-response+json a request that does not reach execution is a 400 (GraphQL over HTTP 6.4.2).
        var fails = response.StatusCode == HttpStatusCode.BadRequest;
        return (fails, fails ? Locations(json["errors"] ?? new JsonArray()) : []);
    }

    private static HashSet<string> Locations(JsonNode errors) =>
        errors.AsArray().SelectMany(e => (e!["locations"]?.AsArray() ?? []).Select(l => l is JsonArray pair
            ? $"{pair[0]}:{pair[1]}"
            : $"{l!["line"]}:{l["column"]}")).ToHashSet();
}
