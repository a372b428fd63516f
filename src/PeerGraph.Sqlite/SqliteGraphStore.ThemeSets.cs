using Microsoft.Data.Sqlite;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// Related studies and study pages from every study's theme set and sort keys held in memory (<see cref="StudyThemeSets"/>),
/// kept at a store generation: this store's own writes update the one study they wrote (InTransactionAsync, under the
/// write gate, the sort keys taken from the written record; the database is read only for studies still without keys); a write from elsewhere (another process on the same
/// file) leaves the sets behind the generation, and the next read builds them again from study_theme and study (one
/// pass over each, about a second per 100,000 studies).
/// A request reads the sets (see StudyThemeSets), under a read lock shared with the other requests, and reads
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
        var lists = await WithThemeSetsAsync(sets =>
        {
            var byStudy = new Dictionary<string, IReadOnlyList<RelatedStudy>>(studyIds.Count, StringComparer.Ordinal);
            foreach (var id in studyIds)
            {
                if (!byStudy.ContainsKey(id))
                {
                    byStudy.Add(id, sets.Related(id, first));
                }
            }
            return byStudy;
        }, cancellationToken);
        return new ListsByKey<RelatedStudy>(lists);
    }

    private async Task<T> WithThemeSetsAsync<T>(Func<StudyThemeSets, T> read, CancellationToken cancellationToken)
    {
        var generation = await ReadVersionAsync(cancellationToken);
        _themeSetsGate.EnterReadLock();
        try
        {
            if (_themeSets is not null && Answers(_themeSetsGeneration, generation))
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
                Publish(FillSortKeys(sets) ? sets : null, generation);
            }
            else if (_themeSets is not null && _themeSetsGeneration == generation - 1)
            {
                apply(_themeSets);
                Publish(FillSortKeys(_themeSets) ? _themeSets : null, generation);
            }
            else
            {
                Publish(null, generation);
            }
        }
        finally
        {
            _themeSetsGate.ExitWriteLock();
        }
    }

    private void Publish(StudyThemeSets? sets, long generation)
    {
        _themeSets = sets;
        _themeSetsGeneration = sets is null ? -1 : generation;
    }

    /// <summary>
    /// Reads the sort keys of the studies the write set (one for an upsert, all for a seed) from the committed database;
    /// false when it could not (the sets are then built again at the next read).
    /// </summary>
    /// <remarks>
    /// Synchronous because the write path calls FollowWrite synchronously, under the theme-sets lock; Microsoft.Data.Sqlite
    /// runs its async methods synchronously anyway, so this blocks no longer than the awaited form would.
    /// </remarks>
    private bool FillSortKeys(StudyThemeSets sets)
    {
        if (sets.StudiesWithoutSortKeys.Count == 0)
        {
            return true;
        }
        try
        {
            var session = _connections.OpenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            try
            {
                var command = session.Prepared(SqlScripts.StudySortKeysByIds, [Ids(sets.StudiesWithoutSortKeys)]);
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        SetSortKeys(sets, reader);
                    }
                }
                // The kept statement need not hold a seed's whole list of ids until its next use.
                command.Parameters.Clear();
            }
            finally
            {
                session.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (SqliteException)
        {
            return false;
        }
        return sets.StudiesWithoutSortKeys.Count == 0;
    }

    /// <summary>From a row of (id, year, citation_count, title_sort).</summary>
    private static bool SetSortKeys(StudyThemeSets sets, SqliteDataReader row) =>
        sets.SetSortKeys(row.GetString(0), SqliteRows.Int(row, 1), SqliteRows.Int(row, 2), row.GetString(3));

    /// <summary>Every study's theme set and sort keys and the generation they belong to, read in one read transaction.</summary>
    private async Task<(StudyThemeSets Sets, long Generation)> LoadThemeSetsAsync(CancellationToken cancellationToken)
    {
        var sets = new StudyThemeSets();
        // Rows come grouped by study: a study's themes are set when the next study begins, the last one after the rows.
        string? study = null;
        var themes = new List<string>();
        void SetStudy()
        {
            if (study is not null)
            {
                sets.Set(study, themes);
            }
        }
        var generation = await ReadWholeAsync(cancellationToken,
            (SqlScripts.StudyThemeRows, row =>
            {
                var next = row.GetString(0);
                if (next != study)
                {
                    SetStudy();
                    study = next;
                    themes = [];
                }
                themes.Add(row.GetString(1));
            }),
            (SqlScripts.StudySortKeys, row =>
            {
                if (study is not null)
                {
                    SetStudy();
                    study = null;
                }
                if (!SetSortKeys(sets, row))
                {
                    // A study without themes is in the pages too.
                    sets.Set(row.GetString(0), []);
                    SetSortKeys(sets, row);
                }
            }));
        SetStudy();
        return (sets, generation);
    }
}
