using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// Brings the database to the current schema version at start-up: each version is one embedded script
/// (Sql/V{n}_*.sql, with the scripts it shares), applied in order inside a transaction, its number recorded in PRAGMA user_version.
/// </summary>
internal static class SqliteSchemaMigrator
{
    /// <summary>The scripts of each version, run in order; version n is at index n - 1.</summary>
    private static readonly string[][] Migrations =
    [
        ["V1_Schema.sql"],
        ["V2_StoreGeneration.sql"],
        ["V3_IncrementalDerivedData.sql", "CountTriggers.sql"],
        ["V4_StudyCountsByWrites.sql"],
        ["V5_PlainSearchDocuments.sql"],
    ];

    public static int CurrentVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, SqlScripts.UseWalJournal, cancellationToken);
        var version = await ReadVersionAsync(connection, cancellationToken);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The database has schema version {version}, newer than this program's {CurrentVersion}: use a newer PeerGraph or another PeerGraph:DataDir.");
        }
        for (var next = version + 1; next <= CurrentVersion; next++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var script in Migrations[next - 1])
            {
                await ExecuteAsync(connection, SqlScripts.Read(script), cancellationToken, transaction);
            }
            // Built here, not kept in a .sql file: PRAGMA takes no parameters, and the value is this program's own constant, never input.
            await ExecuteAsync(connection, $"PRAGMA user_version = {next:D};", cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqlScripts.SchemaVersion;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
