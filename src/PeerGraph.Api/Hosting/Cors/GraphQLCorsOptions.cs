namespace PeerGraph.Api.Hosting.Cors;

/// <summary>
/// Cross-origin access to <c>/graphql</c> from browsers (configuration section <c>PeerGraph:Cors</c>). Off by default:
/// with no origin listed, browsers on other origins cannot read the answers.
/// </summary>
public sealed class GraphQLCorsOptions
{
    public const string Section = "PeerGraph:Cors";

    /// <summary>
    /// Origins allowed to call /graphql, e.g. <c>https://tools.example.org</c> (scheme, host and port, no path), or
    /// <c>*</c> for any origin. Default: none (CORS off).
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may keep a preflight answer. Default 10 minutes.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public bool Enabled => AllowedOrigins.Length > 0;
}
