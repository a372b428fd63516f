using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.Http;
using PeerGraph.Api.Observability;
using PeerGraph.Api.Web;

namespace PeerGraph.Api.Hosting;

/// <summary>The web host: configuration, services and endpoints of the service (Program.cs stays a one-liner).</summary>
public static class PeerGraphWebApplication
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json ships beside the program; when the program is started from another folder (the published
        // binary, the bench scripts), read it from there rather than run without it (per-request logging and all).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Services.AddPeerGraphOptions(builder.Configuration);
        builder.Services.AddPeerGraphStore(builder.Configuration);
        builder.Services.AddPeerGraphGraphQL(builder.Configuration);
        builder.Services.AddPeerGraphTelemetry(builder.Configuration);
        builder.Services.AddHostedService<SeedOnStartup>();
        builder.Services.AddHostedService<WarmUpOnStartup>();
        builder.Services.AddHostedService<CheckpointOnShutdown>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        builder.Services.AddNeo4jBrowserCors(builder.Configuration);
        builder.Services.AddPeerGraphWebFrontEnd(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UsePeerGraphObservability();
        app.UseCors();
        app.UseAuthentication();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        // The explorer at /, GraphiQL for browsers at GET /graphql, the SDL at /graphql/schema.graphql (before the endpoint).
        app.UsePeerGraphWebFrontEnd("/graphql");
        app.MapPeerGraphQL("/graphql");
        // Neo4j Browser's style for the graph model (docker-compose loads it with browser.post_connect_cmd).
        app.MapGet("/neo4j/style.grass", () => Microsoft.AspNetCore.Http.Results.Stream(
            typeof(PeerGraphWebApplication).Assembly.GetManifestResourceStream("PeerGraph.Api.neo4j.style.grass")!, "text/plain")).RequireNeo4jBrowserCors();
        return app;
    }
}
