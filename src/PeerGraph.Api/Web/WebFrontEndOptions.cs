namespace PeerGraph.Api.Web;

/// <summary>The web front end's settings (configuration section <c>PeerGraph:Web</c>).</summary>
public sealed class WebFrontEndOptions
{
    public const string Section = "PeerGraph:Web";

    /// <summary>
    /// Folder of the built front end (Vite's output: index.html, graphiql.html, assets/). Default: <c>web/</c> beside the
    /// program, where the build copies it. When the folder has no index.html (Node.js was missing at build time), the
    /// API runs without the pages and says so at <c>/</c>.
    /// </summary>
    public string? Root { get; set; }

    /// <summary>Max-age of the content-hashed files under <c>assets/</c>; default one year (they never change under a name).</summary>
    public TimeSpan HashedAssetMaxAge { get; set; } = TimeSpan.FromDays(365);

    internal string ResolvedRoot => string.IsNullOrWhiteSpace(Root) ? Path.Combine(AppContext.BaseDirectory, "web") : Path.GetFullPath(Root);
}
