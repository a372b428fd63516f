using Microsoft.Data.Sqlite;
using PeerGraph.Core.Storage;
using PeerGraph.Neo4j.Client;
using PeerGraph.Sqlite;

namespace PeerGraph.Api.Hosting;

/// <summary>Brings the store's schema up to date, turning "cannot open" into one line naming the setting to fix.</summary>
public static class StoreStartup
{
    public static async Task InitializeAsync(IGraphStore store, PeerGraphOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        // The store reaches here behind its decorators (answer cache, metrics), so the setting decides which store it is.
        catch (Exception e) when (IsSqlite(options) && e is SqliteException or IOException or UnauthorizedAccessException)
        {
            var databasePath = new SqliteStoreOptions { DataDirectory = options.DataDir }.DatabasePath;
            throw new PeerGraphStartupException(
                $"PeerGraph:DataDir '{options.DataDir}' cannot hold the database {databasePath} ({FirstLine(e.Message)}): " +
                "give a folder this user can create and write, or move a damaged peergraph.db aside.",
                PeerGraphStartupException.Unavailable, e);
        }
        catch (Neo4jException e)
        {
            throw new PeerGraphStartupException(FirstLine(e.Message), PeerGraphStartupException.Unavailable, e);
        }
    }

    private static bool IsSqlite(PeerGraphOptions options) => string.Equals(options.Store, "sqlite", StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
