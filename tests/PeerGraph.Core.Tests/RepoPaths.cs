namespace PeerGraph.Core.Tests;

/// <summary>The repository root (the folder holding PeerGraph.sln) and the shared folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Sources => Path.Combine(Shared, "seeds");

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
