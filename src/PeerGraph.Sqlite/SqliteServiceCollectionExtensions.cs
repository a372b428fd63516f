using Microsoft.Extensions.DependencyInjection;

namespace PeerGraph.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded store as the singleton <see cref="SqliteGraphStore"/>, made by the container (which
    /// disposes it: its idle read connections close). The options are checked here, so a bad value stops the program
    /// at start with one line naming its key.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        services.AddSingleton(_ => new SqliteGraphStore(options));
        return services;
    }
}
