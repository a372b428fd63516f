namespace PeerGraph.Core.Tests;

/// <summary>The repository root (the folder holding PeerGraph.sln), its curated seed and the seed's source documents.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>The five source documents the curated seed quotes (seed/sources).</summary>
    public static string Sources => Path.Combine(Seed, "sources");

    /// <summary>The shared folder beside the repository (present in CI, absent on a plain clone).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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
