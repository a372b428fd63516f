using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Core.Storage;
using PeerGraph.Neo4j.Client;
using PeerGraph.Neo4j.Store;
using PeerGraph.Sqlite;

namespace PeerGraph.Api.Hosting;

public static class StoreServiceCollectionExtensions
{
    public static readonly string[] Stores = ["sqlite", "neo4j"];

    /// <summary>Registers the store chosen by <c>PeerGraph:Store</c> as the singleton <see cref="IGraphStore"/>.</summary>
    public static IServiceCollection AddPeerGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PeerGraphOptions.Section).Get<PeerGraphOptions>() ?? new PeerGraphOptions();
        switch (options.Store.ToLowerInvariant())
        {
            case "sqlite":
                if (string.IsNullOrWhiteSpace(options.DataDir))
                {
                    throw new InvalidOperationException("PeerGraph:DataDir is empty: give the folder for the SQLite database (default ./data).");
                }
                if (options.QuestionCacheEntries < 0)
                {
                    throw new InvalidOperationException($"PeerGraph:QuestionCacheEntries is {options.QuestionCacheEntries}: give 0 (no cache) or more.");
                }
                services.AddSingleton<IGraphStore>(new SqliteGraphStore(
                    new SqliteStoreOptions { DataDirectory = options.DataDir, QuestionCacheEntries = options.QuestionCacheEntries }));
                break;
            case "neo4j":
                var neo4j = configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();
                if (string.IsNullOrEmpty(neo4j.Password) && string.IsNullOrEmpty(neo4j.BearerToken))
                {
                    throw new InvalidOperationException("PeerGraph:Store is 'neo4j' but neither Neo4j:Password nor Neo4j:BearerToken is set.");
                }
                services.AddHttpClient(Neo4jOptions.Section);
                services.AddSingleton<IGraphStore>(sp => new Neo4jGraphStore(new Neo4jQueryClient(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jOptions.Section), neo4j)));
                break;
            default:
                throw new InvalidOperationException($"PeerGraph:Store is '{options.Store}': expected one of {string.Join(", ", Stores)}.");
        }
        return services;
    }
}
