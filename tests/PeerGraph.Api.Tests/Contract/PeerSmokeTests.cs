using PeerGraph.Api.Tests.Support;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>
/// The reference peer's own smoke test (../shared/peer/graphql-js-peer/test/smoke.mjs: every Query field once, with
/// invariants between them), run against PeerGraph serving the peer generator's data. Written for the peer, it ends
/// with a check only the peer can pass (a mutation answered "read-only peer"); every check before it must pass.
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

        var (exitCode, output, error) = await NodeOracle.RunProcessAsync(Path.Combine(Peer, "graphql-js-peer", "test", "smoke.mjs"), [app.GraphQLUrl]);

        Assert.Contains("ok 16 paths", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ok 17", output, StringComparison.Ordinal);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("/read-only peer/", error, StringComparison.Ordinal);
        File.Delete(bundle);
    }
}
