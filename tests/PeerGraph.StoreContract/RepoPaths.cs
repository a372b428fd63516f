namespace PeerGraph.StoreContract;

/// <summary>The repository root (the folder holding PeerGraph.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    public static string Sources => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

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
