using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace PeerGraph.Api.Hosting;

/// <summary>
/// Which web origins may read <c>/neo4j/style.grass</c> (configuration section <c>Neo4jBrowser</c>, e.g.
/// <c>Neo4jBrowser:Origins:0=http://graph.example:7474</c>; environment <c>Neo4jBrowser__Origins__0</c>).
/// Default: Neo4j Browser as Neo4j serves it, <c>http://localhost:7474</c> and <c>http://127.0.0.1:7474</c>.
/// </summary>
public sealed class Neo4jBrowserCorsOptions
{
    public const string Section = "Neo4jBrowser";

    public static readonly string[] DefaultOrigins = ["http://localhost:7474", "http://127.0.0.1:7474"];

    /// <summary>Origins allowed to fetch the style; empty or unset means <see cref="DefaultOrigins"/>.</summary>
    public string[]? Origins { get; set; }
}

/// <summary>
/// Neo4j Browser runs `:style &lt;url&gt;` (compose sets it as browser.post_connect_cmd) by fetching the URL from the
/// Browser page, a cross-origin request, so the style route answers with CORS headers for Browser's origins. Only that
/// endpoint carries this policy (ASP.NET Core's named policy + RequireCors); the rest of the service is unaffected.
/// </summary>
public static class Neo4jBrowserCors
{
    public const string PolicyName = "Neo4jBrowser";

    public static IServiceCollection AddNeo4jBrowserCors(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var configured = configuration.GetSection(Neo4jBrowserCorsOptions.Section).Get<Neo4jBrowserCorsOptions>()?.Origins;
        var origins = configured is { Length: > 0 } ? configured : Neo4jBrowserCorsOptions.DefaultOrigins;
        return services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy.WithOrigins(origins).WithMethods("GET").AllowAnyHeader()));
    }

    public static TBuilder RequireNeo4jBrowserCors<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireCors(PolicyName);
}
