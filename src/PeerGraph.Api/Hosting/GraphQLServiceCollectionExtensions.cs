using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerGraph.Api.Execution;
using PeerGraph.Api.GraphQL;
using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Api.Hosting.Cors;
using PeerGraph.Api.Hosting.RateLimiting;
using PeerGraph.Api.Http;

namespace PeerGraph.Api.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// GraphQL.NET's builder with the schema, the spec-order executer, the document cache and the execution settings
    /// (<see cref="ExecutionSettings"/>: rules, limits, user context, read scope, errors); the per-request loaders; and
    /// the HTTP side: the handler, its rate limiter and CORS policy.
    /// </summary>
    public static IServiceCollection AddPeerGraphGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimitsOptions>().Bind(configuration.GetSection(GraphQLLimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphQLRateLimitOptions>().Bind(configuration.GetSection(GraphQLRateLimitOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLRateLimitOptions>, GraphQLRateLimitOptionsValidator>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IDocumentBuilder, LimitedDocumentBuilder>();
        services.AddGraphQL(graphql => graphql
            .AddSchema(_ => PeerGraphSchema.Create())
            .AddDocumentExecuter<SpecOrderDocumentExecuter>()
            .ConfigureExecution<ExecutionSettings>()
            .ConfigureExecution<DocumentCacheExecution>()
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            // Activities of source "GraphQL" (parse, validate, execute), recorded only when OpenTelemetry listens.
            .UseTelemetry()
            // Text as it is (quotes, dashes, accents), not \uXXXX escapes: the data are prose.
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        services.AddSingleton(sp => new DocumentCache(sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.DocumentCacheSize));
        services.AddSingleton<RequestedOperations>();
        services.AddScoped<GraphLoaders>();

        services.AddSingleton<GraphQLRateLimiter>();
        services.AddPeerGraphCors(configuration);
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
