using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Http;

/// <summary>graphql-http's server audits (the GraphQL-over-HTTP spec's own conformance checks) against the real endpoint.</summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task Every_MUST_audit_passes_and_at_least_90_percent_of_the_SHOULDs()
    {
        await using var app = await KestrelApp.StartAsync();

        var output = await NodeOracle.RunAsync("http-audit.mjs", [app.GraphQLUrl]);

        var audits = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.True(audits.Count > 40, $"expected the full audit suite, got {audits.Count} results");
        string Line(JsonNode a) => $"{a["status"]} {a["name"]}: {a["reason"]}";
        var failedMusts = audits.Where(a => a["name"]!.GetValue<string>().StartsWith("MUST", StringComparison.Ordinal) && a["status"]!.GetValue<string>() != "ok").Select(Line).ToList();
        Assert.Empty(failedMusts);
        var shoulds = audits.Where(a => a["name"]!.GetValue<string>().StartsWith("SHOULD", StringComparison.Ordinal)).ToList();
        var passed = shoulds.Count(a => a["status"]!.GetValue<string>() == "ok");
        Assert.True(passed >= 0.9 * shoulds.Count, $"{passed}/{shoulds.Count} SHOULD audits pass:\n" + string.Join("\n", shoulds.Where(a => a["status"]!.GetValue<string>() != "ok").Select(Line)));
    }
}
