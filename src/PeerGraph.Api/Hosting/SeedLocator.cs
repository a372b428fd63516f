namespace PeerGraph.Api.Hosting;

/// <summary>Where the default seed is: <c>seed/</c> under the working directory, or under a parent of the program's folder (a checkout).</summary>
public static class SeedLocator
{
    public static string? FindDefaultSeed()
    {
        var candidates = new List<string> { Path.Combine(Directory.GetCurrentDirectory(), "seed") };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "seed"));
        }
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "groups.json")));
    }

    /// <summary>The folder of source documents beside a checkout (../shared/seeds), used to check evidence when present.</summary>
    public static string? FindSources(string seedPath)
    {
        var root = Directory.Exists(seedPath) ? Path.GetDirectoryName(Path.GetFullPath(seedPath).TrimEnd(Path.DirectorySeparatorChar)) : null;
        var sources = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        return sources is not null && Directory.Exists(sources) ? sources : null;
    }
}
