using Microsoft.Data.Sqlite;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// Related studies from every study's theme set held in memory (<see cref="StudyThemeSets"/>), kept at a store
/// generation: this store's own writes update the one study they wrote (InTransactionAsync, under the write gate);
/// a write from elsewhere (another process on the same file) leaves the sets behind the generation, and the next read
/// builds them again from study_theme (one pass over it, about a second per 100,000 studies).
/// A request costs one scan of the sets (see StudyThemeSets), under a read lock shared with the other requests, and reads
/// the generation (once per read scope).
/// </summary>
public sealed partial class SqliteGraphStore
{
    // Reads share it (a scan of the sets runs on many requests at once); a write applying itself, or a rebuild, takes it alone.
    private readonly ReaderWriterLockSlim _themeSetsGate = new(LockRecursionPolicy.NoRecursion);
    private StudyThemeSets? _themeSets;
    private long _themeSetsGeneration = -1;

    public async Task<ILookup<string, RelatedStudy>> RelatedStudiesAsync(IReadOnlyCollection<string> studyIds, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(studyIds);
        if (first <= 0 || studyIds.Count == 0)
        {
            return Array.Empty<RelatedStudy>().ToLookup(r => r.StudyId);
        }
        return await WithThemeSetsAsync(sets => studyIds.Distinct(StringComparer.Ordinal)
            .SelectMany(id => sets.Related(id, first).Select(related => (Id: id, Related: related)))
            .ToLookup(p => p.Id, p => p.Related, StringComparer.Ordinal), cancellationToken);
    }

    private async Task<T> WithThemeSetsAsync<T>(Func<StudyThemeSets, T> read, CancellationToken cancellationToken)
    {
        long generation;
        await using (var session = await _connections.OpenAsync(cancellationToken))
        {
            generation = await CurrentGenerationAsync(session, cancellationToken);
        }
        _themeSetsGate.EnterReadLock();
        try
        {
            if (_themeSets is not null && _themeSetsGeneration >= generation)
            {
                return read(_themeSets);
            }
        }
        finally
        {
            _themeSetsGate.ExitReadLock();
        }
        // Behind: a write of this store may be updating them (wait for it), else they are built again.
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _themeSetsGate.EnterReadLock();
            try
            {
                if (_themeSets is not null && _themeSetsGeneration >= generation)
                {
                    return read(_themeSets);
                }
            }
            finally
            {
                _themeSetsGate.ExitReadLock();
            }
            var (sets, at) = await LoadThemeSetsAsync(cancellationToken);
            _themeSetsGate.EnterWriteLock();
            try
            {
                _themeSets = sets;
                _themeSetsGeneration = at;
            }
            finally
            {
                _themeSetsGate.ExitWriteLock();
            }
            // Built here and not yet shared with any write: read without the gate (writes wait on the write gate we hold).
            return read(sets);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>After this store's write committed at <paramref name="generation"/> (called under the write gate).</summary>
    private void FollowWrite(long generation, Action<StudyThemeSets> apply, bool replacesEverything)
    {
        _themeSetsGate.EnterWriteLock();
        try
        {
            if (replacesEverything)
            {
                var sets = new StudyThemeSets();
                apply(sets);
                _themeSets = sets;
                _themeSetsGeneration = generation;
            }
            else if (_themeSets is not null && _themeSetsGeneration == generation - 1)
            {
                apply(_themeSets);
                _themeSetsGeneration = generation;
            }
            else
            {
                _themeSets = null;
                _themeSetsGeneration = -1;
            }
        }
        finally
        {
            _themeSetsGate.ExitWriteLock();
        }
    }

    /// <summary>Every study's theme set and the generation they belong to, read in one read transaction.</summary>
    private async Task<(StudyThemeSets Sets, long Generation)> LoadThemeSetsAsync(CancellationToken cancellationToken)
    {
        await using var session = await _connections.OpenAsync(cancellationToken);
        var connection = session.Connection;
        await using var transaction = connection.BeginTransaction(deferred: true);
        long generation;
        await using (var read = SqliteQuery.Command(connection, SqlScripts.ReadGeneration))
        {
            read.Transaction = transaction;
            generation = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        var sets = new StudyThemeSets();
        await using (var rows = SqliteQuery.Command(connection, SqlScripts.StudyThemeRows))
        {
            rows.Transaction = transaction;
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            string? study = null;
            var themes = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var next = reader.GetString(0);
                if (next != study)
                {
                    if (study is not null)
                    {
                        sets.Set(study, themes);
                    }
                    study = next;
                    themes = [];
                }
                themes.Add(reader.GetString(1));
            }
            if (study is not null)
            {
                sets.Set(study, themes);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return (sets, generation);
    }
}
