using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PeerGraph.Api.Web;

/// <summary>
/// Serves the web front end: the explorer's pages at <c>/</c> and its routes, GraphiQL at GET <c>/graphql</c> for
/// browsers asking for HTML, the schema's SDL at <c>/graphql/schema.graphql</c>, and the built assets with cache headers.
/// </summary>
public static class WebFrontEndExtensions
{
    /// <summary>The explorer's client-side routes: each answers with index.html so its URL can be shared and reloaded.</summary>
    public static readonly string[] ExplorerRoutes =
        ["/", "/studies/{id}", "/themes/{id}", "/groups/{id}", "/map", "/graph", "/network", "/paths", "/search"];

    public const string SchemaPath = "/graphql/schema.graphql";

    public static IServiceCollection AddPeerGraphWebFrontEnd(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddOptions<WebFrontEndOptions>().Bind(configuration.GetSection(WebFrontEndOptions.Section));
        return services;
    }

    /// <summary>Call before the GraphQL endpoint is mapped; <paramref name="graphQLPath"/> is where it is mapped.</summary>
    public static WebApplication UsePeerGraphWebFrontEnd(this WebApplication app, string graphQLPath = "/graphql")
    {
        var options = app.Services.GetRequiredService<IOptions<WebFrontEndOptions>>().Value;
        var root = options.ResolvedRoot;
        var built = File.Exists(Path.Combine(root, "index.html"));

        // The SDL is the schema that introspection tells; switched off with it (PeerGraph:GraphQL:Introspection=false).
        if (app.Services.GetRequiredService<IOptions<PeerGraph.Api.Execution.GraphQLLimitsOptions>>().Value.Introspection)
        {
            app.MapGet(SchemaPath, () => Results.Text(SchemaSdl.Text, "text/plain; charset=utf-8"));
        }

        if (!built)
        {
            app.MapGet("/", () => Results.Text(
                "PeerGraph: GraphQL at /graphql (POST application/json, or GET ?query=...); health at /health/live and /health/ready.\n" +
                $"The explorer and GraphiQL pages were not built (Node.js was missing at build time, or {root} is empty).\n"));
            return app;
        }

        var files = new PhysicalFileProvider(root);
        var hashedAssetCacheControl = $"public, max-age={(long)options.HashedAssetMaxAge.TotalSeconds}, immutable";

        // GraphiQL for browsers; every other GET (JSON or GraphQL response types, wildcards, no Accept) reaches the endpoint unchanged.
        app.Use(async (context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && context.Request.Path.Equals(graphQLPath, StringComparison.OrdinalIgnoreCase)
                && HtmlNegotiation.PrefersHtml(context.Request.Headers.Accept))
            {
                context.Response.Headers.Vary = HeaderNames.Accept;
                await SendPageAsync(context, files, "graphiql.html");
                return;
            }
            await next(context);
        });

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets") ? hashedAssetCacheControl : "no-cache",
        });

        foreach (var route in ExplorerRoutes)
        {
            app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => SendPageAsync(context, files, "index.html"));
        }
        return app;
    }

    private static async Task SendPageAsync(HttpContext context, IFileProvider files, string page)
    {
        var file = files.GetFileInfo(page);
        if (!file.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        // The page names the hashed assets of the current build, so it is revalidated every time.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }
}
