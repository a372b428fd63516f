using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerGraph.Api.Execution;
using PeerGraph.Api.GraphQL;
using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Api.Http;

namespace PeerGraph.Api.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The schema, GraphQL.NET's executer with the document cache, the limits, the per-request loaders and the HTTP handler.</summary>
    public static IServiceCollection AddPeerGraphGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimitsOptions>().Bind(configuration.GetSection(GraphQLLimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISchema>(_ => PeerGraphSchema.Create());
        services.AddSingleton(sp => new DocumentCache(sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.DocumentCacheSize));
        services.AddSingleton<IConfigureExecution, DocumentCacheExecution>();
        services.AddSingleton<IDocumentExecuter>(sp => new SpecOrderDocumentExecuter(
            new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), sp.GetServices<IConfigureExecution>()));
        services.AddSingleton<IErrorInfoProvider>(new ErrorInfoProvider(o => o.ExposeExceptionDetails = false));
        // Text as it is (quotes, dashes, accents), not \uXXXX escapes: the data are prose.
        services.AddSingleton<IGraphQLTextSerializer>(sp => new GraphQLSerializer(
            o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, sp.GetRequiredService<IErrorInfoProvider>()));
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
