using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PeerGraph.Api.Hosting.Cors;

public static class GraphQLCorsServiceCollectionExtensions
{
    /// <summary>The CORS policy of /graphql, applied to the endpoint only when origins are configured (ASP.NET Core's CORS).</summary>
    public const string PolicyName = "PeerGraph.GraphQL";

    public static IServiceCollection AddPeerGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLCorsOptions>().Bind(configuration.GetSection(GraphQLCorsOptions.Section))
            .Validate(o => o.AllowedOrigins.All(IsOrigin),
                "PeerGraph:Cors:AllowedOrigins must hold origins such as https://example.org (scheme, host, optional port; no path) or *.")
            .Validate(o => o.PreflightMaxAge >= TimeSpan.Zero, "PeerGraph:Cors:PreflightMaxAge must be a duration (hh:mm:ss), 0 or more.")
            .ValidateOnStart();
        services.AddCors();
        services.AddSingleton<IConfigureOptions<CorsOptions>>(sp => new ConfigureOptions<CorsOptions>(cors =>
        {
            var options = sp.GetRequiredService<IOptions<GraphQLCorsOptions>>().Value;
            cors.AddPolicy(PolicyName, policy =>
            {
                if (options.AllowedOrigins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(options.AllowedOrigins);
                }
                policy.WithMethods("GET", "POST")
                    .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.Authorization)
                    .SetPreflightMaxAge(options.PreflightMaxAge);
            });
        }));
        return services;
    }

    private static bool IsOrigin(string origin) =>
        origin == "*"
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && !origin.EndsWith('/')
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment));
}
