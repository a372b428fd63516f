using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const int ProgressEvery = 1000;

    public Task UpsertStudyAsync(StudyRecord study, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        return InTransactionAsync(async writer =>
        {
            await writer.DeleteStudyAsync(study.Id, cancellationToken);
            await writer.InsertStudyAsync(study, cancellationToken);
            await writer.ExecuteScriptAsync(SqlScripts.DeleteOrphans, cancellationToken);
            await writer.ExecuteScriptAsync(SqlScripts.RecomputeRollups, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<bool> DeleteStudyAsync(string studyId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async writer =>
        {
            if (!await writer.DeleteStudyAsync(studyId, cancellationToken))
            {
                return false;
            }
            await writer.ExecuteScriptAsync(SqlScripts.DeleteOrphans, cancellationToken);
            await writer.ExecuteScriptAsync(SqlScripts.RecomputeRollups, cancellationToken);
            return true;
        }, cancellationToken);

    public Task UpsertThemeAsync(Theme theme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return InTransactionAsync(async writer =>
        {
            // A new theme goes last in taxonomy order; an existing one keeps its place (the ordinal is not updated).
            await writer.UpsertThemeAsync(theme, int.MaxValue, cancellationToken);
            await writer.ExecuteScriptAsync(
                "UPDATE theme SET ordinal = (SELECT COALESCE(MAX(ordinal), -1) + 1 FROM theme WHERE ordinal < 2147483647) WHERE ordinal = 2147483647",
                cancellationToken);
            await writer.ExecuteScriptAsync(SqlScripts.RecomputeRollups, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task LoadSeedAsync(SeedGraph seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return InTransactionAsync(async writer =>
        {
            // Replacing everything in one transaction gives the reload semantics: the same seed twice is the same
            // graph, a changed record is changed, a study no longer in the seed is gone; a failure changes nothing.
            await writer.ExecuteScriptAsync(SqlScripts.DeleteAll, cancellationToken);
            for (var i = 0; i < seed.Groups.Count; i++)
            {
                await writer.InsertGroupAsync(seed.Groups[i], i, cancellationToken);
            }
            for (var i = 0; i < seed.Themes.Count; i++)
            {
                await writer.UpsertThemeAsync(seed.Themes[i], i, cancellationToken);
            }
            for (var i = 0; i < seed.Methods.Count; i++)
            {
                await writer.InsertMethodAsync(seed.Methods[i], i, cancellationToken);
            }
            for (var i = 0; i < seed.Studies.Count; i++)
            {
                await writer.InsertStudyAsync(seed.Studies[i], cancellationToken);
                if ((i + 1) % ProgressEvery == 0)
                {
                    progress?.Report(new SeedLoadProgress(i + 1, seed.Studies.Count));
                }
            }
            await writer.ExecuteScriptAsync(SqlScripts.RecomputeRollups, cancellationToken);
            progress?.Report(new SeedLoadProgress(seed.Studies.Count, seed.Studies.Count));
            return true;
        }, cancellationToken);
    }

    private async Task<T> InTransactionAsync<T>(Func<SqliteRecordWriter, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenForWriteAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var foreignKeys = connection.CreateCommand())
        {
            // Checked at commit, so a whole seed can be written in any order and still be refused as a whole.
            foreignKeys.Transaction = transaction;
            foreignKeys.CommandText = "PRAGMA defer_foreign_keys = ON;";
            await foreignKeys.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            T result;
            await using (var writer = new SqliteRecordWriter(connection, transaction))
            {
                result = await work(writer);
            }
            await using (var generation = SqliteQuery.Command(connection, "UPDATE store_generation SET value = value + 1 WHERE id = 1"))
            {
                generation.Transaction = transaction;
                await generation.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            _readScope.Value?.Forget();
            return result;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: unique, foreign key, check
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new StoreConstraintException($"the store refused the write: {e.Message}", e);
        }
    }
}
