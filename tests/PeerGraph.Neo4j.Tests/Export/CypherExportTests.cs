using System.Diagnostics;
using PeerGraph.Core.Seed;
using PeerGraph.Neo4j.Export;
using PeerGraph.StoreContract;

namespace PeerGraph.Neo4j.Tests.Export;

/// <summary>The exported Cypher script: literals escaped, every statement the store's own, and Neo4j's linter accepts it.</summary>
public sealed class CypherExportTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's \"quoted\"\\", "'it\\'s \"quoted\"\\\\'")]
    [InlineData("line\nbreak", "'line\\nbreak'")]
    public void Strings_are_quoted_and_escaped(string value, string literal) => Assert.Equal(literal, CypherLiteral.Write(value));

    [Fact]
    public void Lists_maps_numbers_booleans_and_null_are_cypher_literals()
    {
        var value = new Dictionary<string, object?> { ["id"] = "a", ["n"] = 3, ["x"] = 1.5, ["ok"] = true, ["none"] = null, ["odd key"] = new[] { "b" } };

        Assert.Equal("{id: 'a', n: 3, x: 1.5, ok: true, none: null, `odd key`: ['b']}", CypherLiteral.Write(value));
    }

    [Fact]
    public async Task The_script_of_the_curated_seed_passes_neo4js_linter()
    {
        var seed = Seeds.Curated;
        var file = Path.Combine(Directory.CreateTempSubdirectory("peergraph-export-").FullName, "graph.cypher");
        await using (var writer = new StreamWriter(file))
        {
            CypherScriptWriter.Write(seed, writer);
        }
        var lint = Path.Combine(RepoPaths.Root, "tools", "cypher-lint", "lint.mjs");
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.Root, "tools", "cypher-lint", "node_modules")), "run npm ci in tools/cypher-lint (.ci/run does)");
        var start = new ProcessStartInfo("node", [lint, file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        var script = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains("CREATE CONSTRAINT study_id IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.All(seed.Studies, s => Assert.Contains($"id: '{s.Id}'", script, StringComparison.Ordinal));
        Assert.All(seed.Studies.SelectMany(s => s.Findings), f => Assert.Contains($"id: '{f.Id}'", script, StringComparison.Ordinal));
    }
}
