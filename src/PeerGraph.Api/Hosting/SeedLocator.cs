namespace PeerGraph.Api.Hosting;

/// <summary>
/// Where seeds and their source documents are: the default seed is <c>seed/</c> under the working directory, or under a
/// parent of the program's folder (a checkout); a seed directory's source documents are in its <c>sources/</c> folder.
/// </summary>
public static class SeedLocator
{
    public const string SourcesFolder = "sources";

    public static string? FindDefaultSeed()
    {
        var candidates = new List<string> { Path.Combine(Directory.GetCurrentDirectory(), "seed") };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "seed"));
        }
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "groups.json")));
    }

    /// <summary>
    /// The folder of source documents for a seed: <paramref name="configured"/> (PeerGraph:Seed:SourcesDir) when set,
    /// else <c>sources/</c> inside a seed directory or beside a bundle file; null when there is none.
    /// </summary>
    public static string? FindSources(string seedPath, string? configured = null)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }
        var full = Path.GetFullPath(seedPath);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
        var sources = folder is null ? null : Path.Combine(folder, SourcesFolder);
        return sources is not null && Directory.Exists(sources) ? sources : null;
    }
}
