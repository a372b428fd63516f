using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeerGraph.Sqlite;

namespace PeerGraph.Api.Hosting;

/// <summary>
/// On a clean shutdown, folds SQLite's write-ahead log into <c>peergraph.db</c>, so that the database file copied on its
/// own holds every write (without it, recent writes live only in <c>peergraph.db-wal</c>). Other stores: nothing to do.
/// The SQLite store is asked for as itself, since the registered graph store is that store behind its decorators.
/// </summary>
public sealed class CheckpointOnShutdown(IServiceProvider services, ILogger<CheckpointOnShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(SqliteGraphStore)) is not SqliteGraphStore sqlite)
        {
            return;
        }
        try
        {
            if (!await SqliteMaintenance.CheckpointAsync(sqlite.DatabasePath, cancellationToken))
            {
                logger.LogWarning("SQLite checkpoint at shutdown was blocked by a reader: recent writes are still in {Wal} (SQLite applies them on the next open)", sqlite.DatabasePath + "-wal");
            }
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or OperationCanceledException)
        {
            logger.LogWarning("SQLite checkpoint at shutdown failed ({Message}): recent writes are still in {Wal} (SQLite applies them on the next open)", e.Message, sqlite.DatabasePath + "-wal");
        }
    }
}
