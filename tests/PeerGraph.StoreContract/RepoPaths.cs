namespace PeerGraph.StoreContract;

/// <summary>
/// The repository root (the folder holding PeerGraph.sln) and what lives in it: the curated seed, its source documents,
/// the contract SDL. The shared folder beside a checkout (../shared) is optional: only the reference peer comes from it.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>The five source documents the curated seed quotes (seed/sources).</summary>
    public static string Sources => Path.Combine(Seed, "sources");

    /// <summary>The public contract (a copy of shared/design/schema.graphql; the served SDL may only add to it).</summary>
    public static string Contract => Path.Combine(Root, "docs", "contract.graphql");

    /// <summary>The shared folder beside the repository, present in CI, absent on a plain clone.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The reference peer (graphql-js) in the shared folder.</summary>
    public static string Peer => Path.Combine(Shared, "peer");

    /// <summary>Reports the running test skipped, with the reason, when the reference peer is not beside the repository.</summary>
    public static void SkipUnlessPeerIsPresent() =>
        Assert.SkipUnless(File.Exists(Path.Combine(Peer, "graphql-js-peer", "resolvers.mjs")),
            $"the reference peer is not at {Peer} (the shared folder beside the repository; CI has it)");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeerGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PeerGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
