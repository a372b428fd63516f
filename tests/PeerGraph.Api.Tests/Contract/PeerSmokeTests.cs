using PeerGraph.Api.Tests.Support;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>
/// The reference peer's own smoke test (../shared/peer/graphql-js-peer/test/smoke.mjs: every Query field once, with
/// invariants between them), run against PeerGraph serving the peer generator's data. Written for the peer, it ends
/// with a check only the peer can pass (a mutation answered "read-only peer"); every check before it must pass.
/// One assertion differs on purpose (issue 14, IDs in both forms): the peer's filters take global IDs only, so a bare
/// slug matches nothing there, while PeerGraph reads it as that theme's slug; the copy run here expects that.
/// </summary>
public sealed class PeerSmokeTests
{
    private static readonly string Peer = RepoPaths.Peer;

    [Fact]
    public async Task Every_check_of_the_peers_smoke_test_passes_up_to_the_peer_only_read_only_mutation()
    {
        RepoPaths.SkipUnlessPeerIsPresent();
        var bundle = Path.Combine(Directory.CreateTempSubdirectory("peergraph-smoke-").FullName, "generated.json");
        await NodeOracle.RunAsync(Path.Combine(Peer, "gen", "generate.mjs"), ["--studies", "400", "--seed", "7", "--out", bundle]);
        await using var app = await KestrelApp.StartAsync(bundle);

        var (exitCode, output, error) = await NodeOracle.RunProcessAsync(SmokeTestForPeerGraph(), [app.GraphQLUrl]);

        Assert.Contains("ok 16 paths", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ok 17", output, StringComparison.Ordinal);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("/read-only peer/", error, StringComparison.Ordinal);
        File.Delete(bundle);
    }

    private const string PeerOnlyBareSlugCheck =
        "assert.equal((await filt({ themeIds: [roots[0].id.split(':')[1]] })).totalCount, 0); // filters take global IDs only";

    private const string PeerGraphBareSlugCheck =
        "assert.equal((await filt({ themeIds: [roots[0].id.split(':')[1]] })).totalCount, t.studyCount); // PeerGraph: filters take slugs too";

    /// <summary>The peer's smoke test with its bare-slug filter check turned into PeerGraph's (it must be there to be turned).</summary>
    private static string SmokeTestForPeerGraph()
    {
        var script = File.ReadAllText(Path.Combine(Peer, "graphql-js-peer", "test", "smoke.mjs"));
        Assert.Contains(PeerOnlyBareSlugCheck, script, StringComparison.Ordinal);
        var copy = Path.Combine(NodeOracle.Directory, ".peer", "smoke-peergraph.mjs");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllText(copy, script.Replace(PeerOnlyBareSlugCheck, PeerGraphBareSlugCheck, StringComparison.Ordinal));
        return copy;
    }
}
