using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Core.Storage;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.Neo4j.Client;
using PeerGraph.Neo4j.Store;
using PeerGraph.Sqlite;

namespace PeerGraph.Api.Hosting;

public static class StoreServiceCollectionExtensions
{
    public static readonly string[] Stores = ["sqlite", "neo4j"];

    /// <summary>
    /// Neo4j is also written to from outside PeerGraph (Neo4j Browser, cypher-shell), which the cache cannot see; so
    /// there an answer is kept at most this long, and such a write shows after it at the latest.
    /// </summary>
    public static readonly TimeSpan Neo4jAnswerMaxAge = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers the store chosen by <c>PeerGraph:Store</c> (the store library's own registration), and as the
    /// singleton <see cref="IGraphStore"/> that store behind the answer cache (<see cref="CachingGraphStore"/>,
    /// <c>PeerGraph:QuestionCacheEntries</c>). The container makes and disposes both.
    /// </summary>
    public static IServiceCollection AddPeerGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PeerGraphOptions.Section).Get<PeerGraphOptions>() ?? new PeerGraphOptions();
        if (options.QuestionCacheEntries < 0)
        {
            throw new InvalidOperationException($"PeerGraph:QuestionCacheEntries is {options.QuestionCacheEntries}: give 0 (no cache) or more.");
        }
        CachingGraphStoreOptions CacheOptions(TimeSpan? maxAge) =>
            new() { Entries = options.QuestionCacheEntries, KeepsFirstAnswers = options.QuestionCacheKeepsFirstAnswers, MaxAge = maxAge };
        switch (options.Store.ToLowerInvariant())
        {
            case "sqlite":
                services.AddSqliteGraphStore(new SqliteStoreOptions { DataDirectory = options.DataDir, MemoryMapBytes = options.SqliteMemoryMapBytes });
                services.AddSingleton<IGraphStore>(sp => new CachingGraphStore(sp.GetRequiredService<SqliteGraphStore>(), CacheOptions(maxAge: null)));
                break;
            case "neo4j":
                services.AddNeo4jGraphStore(configuration);
                services.AddSingleton<IGraphStore>(sp => new CachingGraphStore(sp.GetRequiredService<Neo4jGraphStore>(), CacheOptions(Neo4jAnswerMaxAge)));
                break;
            default:
                throw new InvalidOperationException($"PeerGraph:Store is '{options.Store}': expected one of {string.Join(", ", Stores)}.");
        }
        return services;
    }

    /// <summary>
    /// Registers the Neo4j store as the singleton <see cref="Neo4jGraphStore"/> over its HTTP client, with its options
    /// (<c>Neo4j:*</c>) checked here. Kept beside the host until the Neo4j library registers itself.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var neo4j = configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();
        if (string.IsNullOrEmpty(neo4j.Password) && string.IsNullOrEmpty(neo4j.BearerToken))
        {
            throw new InvalidOperationException("PeerGraph:Store is 'neo4j' but neither Neo4j:Password nor Neo4j:BearerToken is set.");
        }
        services.AddHttpClient(Neo4jOptions.Section);
        services.AddSingleton(sp => new Neo4jGraphStore(new Neo4jQueryClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jOptions.Section), neo4j)));
        return services;
    }
}
