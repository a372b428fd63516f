using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite.Search;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const int ProgressEvery = 1000;

    /// <summary>
    /// One write transaction at a time from this store (SQLite has one writer anyway; waiting here instead of on the
    /// database's busy timeout keeps a queue of writes in order). Held until the theme sets follow the write.
    /// </summary>
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // Each write costs what its study touches: the study's own rows, its part of the evidence cells and theme
    // roll-ups (subtracted before, added after, SqliteRecordWriter.DeleteStudyAsync / AddStudyToRollupsAsync), its
    // search documents by rowid, and orphan checks on the journal, authors and settings it linked to. A study sent
    // again as it is stored writes nothing (SqliteRecordWriter.DifferenceFromStoredAsync): the generation stays, and so
    // do the kept answers and in-memory structures; one whose only change is in its own row rewrites that row and its
    // search document.
    public Task UpsertStudyAsync(StudyRecord study, CancellationToken cancellationToken = default) => UpsertStudyReachingAsync(study, cancellationToken);

    public Task<StudyWriteReach> UpsertStudyReachingAsync(StudyRecord study, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        var themes = study.Findings.Select(f => f.ThemeId).Distinct(StringComparer.Ordinal).ToList();
        return InTransactionAsync(async writer =>
        {
            switch (await writer.DifferenceFromStoredAsync(study, cancellationToken))
            {
                case StoredDifference.None:
                    return StudyWriteReach.Nothing;
                case StoredDifference.OwnRow:
                    await writer.UpdateOwnRowAsync(study, cancellationToken);
                    return StudyWriteReach.OwnFields;
            }
            var linked = new List<(string Kind, string Id)>();
            await writer.DeleteStudyAsync(study.Id, cancellationToken, keepLinked: linked);
            await writer.InsertStudyAsync(study, cancellationToken);
            await writer.AddStudyToRollupsAsync(study.Id, cancellationToken);
            await writer.DeleteOrphansAsync(linked, cancellationToken);
            return StudyWriteReach.Everything;
        }, sets => FollowStudy(sets, study, themes),
            // A write of the study's own fields rewrote only its own search document; its findings' stay in the index.
            reach => reach == StudyWriteReach.OwnFields ? SearchChange.OfStudyItself(study.Id) : SearchChange.OfStudy(study.Id),
            cancellationToken, wroteNothing: reach => reach == StudyWriteReach.Nothing);
    }

    /// <summary>
    /// The study's theme set and its sort keys, as the write stored them (the keys from the record, not read back from
    /// the database: reading them cost a read session and a query per write).
    /// </summary>
    private static void FollowStudy(StudyThemeSets sets, StudyRecord study, List<string> themes)
    {
        sets.Set(study.Id, themes);
        sets.SetSortKeys(study.Id, study.Year, study.CitationCount, TitleSortKey(study.Title));
    }

    public Task<bool> DeleteStudyAsync(string studyId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(writer => writer.DeleteStudyAsync(studyId, cancellationToken), sets => sets.Remove(studyId), _ => SearchChange.OfStudy(studyId), cancellationToken);

    public Task UpsertThemeAsync(Theme theme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return InTransactionAsync(async writer =>
        {
            var before = await writer.ListAsync(SqlScripts.ParentOfTheme, r => r.IsDBNull(0) ? null : r.GetString(0), cancellationToken, ("$theme", theme.Id));
            var oldLine = await writer.ListAsync(SqlScripts.ThemeWithAncestors, r => r.GetString(0), cancellationToken, ("$theme", theme.Id));
            // Checked here, inside the write, because the caller's check reads the taxonomy before the write begins: two
            // concurrent moves (A under B, B under A) both pass it, and the roll-up recursion would never end on the cycle.
            if (theme.ParentId is { } parentId)
            {
                var parentLine = await writer.ListAsync(SqlScripts.ThemeWithAncestors, r => r.GetString(0), cancellationToken, ("$theme", parentId));
                if (parentLine.Contains(theme.Id, StringComparer.Ordinal))
                {
                    throw new StoreConstraintException($"theme '{theme.Id}' cannot be placed under '{parentId}': '{parentId}' is '{theme.Id}' or one of its subthemes");
                }
            }
            // A new theme goes last in taxonomy order; an existing one keeps its place (the ordinal is not updated).
            await writer.UpsertThemeAsync(theme, int.MaxValue, cancellationToken);
            await writer.ExecuteScriptAsync(SqlScripts.PlaceNewThemeLast, cancellationToken);
            // Only a new theme or a moved one changes roll-ups: those of the theme and of its old and new ancestors.
            if (before.Count == 0 || before[0] != theme.ParentId)
            {
                var newLine = await writer.ListAsync(SqlScripts.ThemeWithAncestors, r => r.GetString(0), cancellationToken, ("$theme", theme.Id));
                await writer.RecountRollupsAsync(oldLine.Union(newLine, StringComparer.Ordinal).ToList(), cancellationToken);
            }
            return true;
        }, static _ => { }, _ => SearchChange.OfTheme(theme.Id), cancellationToken);
    }

    public Task LoadSeedAsync(SeedGraph seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return LoadSeedAsync(CheckedSeed.Of(seed), progress, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Here the bulk path: the studies are written as they are read, one transaction for the whole graph (through a
    /// rollback journal when the load can have the file to itself: <see cref="RollbackJournalForLoad"/>), the next
    /// studies parsed and checked on another thread meanwhile; their rows with statements prepared once; what derives
    /// from them counted in memory as they pass (<see cref="SeedDerivedData"/>: evidence cells, theme roll-ups, counts,
    /// each study's theme set) and written once at the end, and their search documents set-based once at the end.
    /// </remarks>
    public async Task LoadSeedAsync(CheckedSeed seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var themeSets = new List<StudyThemeRow>(seed.StudyCount);
        // Deleted once the load ended, after the load's connection was closed (InTransactionAsync).
        await using var side = new LoadSideDatabase(DatabasePath);
        await InTransactionAsync(async writer =>
        {
            // Replacing everything in one transaction gives the reload semantics: the same seed twice is the same
            // graph, a changed record is changed, a study no longer in the seed is gone; a failure changes nothing
            // (a study that breaks a rule is found as it is read: InvalidSeedException, and the transaction rolls back).
            // The larger cache goes with the connection, which is closed after the load (InTransactionAsync).
            await writer.ExecuteScriptAsync(SqlScripts.BulkLoadCacheSize, cancellationToken);
            await WriteSeedAsync(writer, side, seed, themeSets, progress, cancellationToken);
            return true;
        }, sets =>
        {
            foreach (var row in themeSets)
            {
                sets.Set(row.StudyId, row.Themes);
                sets.SetSortKeys(row.StudyId, row.Year, row.CitationCount, row.TitleSort);
            }
        }, _ => SearchChange.Everything, cancellationToken, replacesEverything: true, beforeBegin: writer => side.AttachAsync(writer, cancellationToken));
    }

    /// <summary>
    /// Studies a load writes at once (a few hundred rows a table, written 32 to a statement), and batches of them read,
    /// checked and turned into rows ahead of the one being written (a few hundred KiB of records each).
    /// </summary>
    private const int StudiesPerBatch = 128;
    private const int BatchesReadAhead = 2;

    private static async Task WriteSeedAsync(
        SqliteRecordWriter writer, LoadSideDatabase side, CheckedSeed seed, List<StudyThemeRow> themeSets, IProgress<SeedLoadProgress>? progress, CancellationToken cancellationToken)
    {
        // The count triggers would run once per row written or deleted: off while the whole graph is rewritten, then
        // the counts are set once (SeedDerivedData).
        await writer.ExecuteScriptAsync(SqlScripts.DropCountTriggers, cancellationToken);
        await writer.ExecuteScriptAsync(SqlScripts.DeleteAll, cancellationToken);
        var indexes = await writer.DropSecondaryIndexesAsync(cancellationToken);
        for (var i = 0; i < seed.Groups.Count; i++)
        {
            await writer.InsertGroupAsync(seed.Groups[i], i, cancellationToken);
        }
        // The load's connection does not enforce foreign keys (LoadSideDatabase), so a parent is checked here.
        var themeIds = seed.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < seed.Themes.Count; i++)
        {
            if (seed.Themes[i].ParentId is { } parent && !themeIds.Contains(parent))
            {
                throw new StoreConstraintException($"the store refused the write: theme '{seed.Themes[i].Id}' names parent '{parent}', which the graph does not have");
            }
            await writer.UpsertThemeAsync(seed.Themes[i], i, cancellationToken);
        }
        for (var i = 0; i < seed.Methods.Count; i++)
        {
            await writer.InsertMethodAsync(seed.Methods[i], i, cancellationToken);
        }
        // Each batch of studies is turned into its rows, and counted (SeedDerivedData, the theme sets), on the thread
        // that reads the seed ahead, while the batch before is written: this thread only writes.
        // The link tables go to the side database, written on its own thread beside this one (LoadSideDatabase).
        var numbers = new LoadNumbers(await writer.ThemeNumbersAsync(cancellationToken), seed.Groups.Select(g => g.Id), seed.Methods.Select(m => m.Id));
        var sideIndexes = indexes.Where(i => LoadSideDatabase.SideTables.Contains(i.Table)).Select(i => i.Create).ToList();
        var mainIndexes = indexes.Where(i => !LoadSideDatabase.SideTables.Contains(i.Table)).Select(i => i.Create).ToList();
        side.Start(sideIndexes, cancellationToken);
        var derived = new SeedDerivedData(seed.Themes);
        var authorsWritten = new HashSet<string>(StringComparer.Ordinal);
        var written = 0;
        await foreach (var batch in seed.ReadBatchesAheadAsync(StudiesPerBatch, BatchesReadAhead, studies =>
        {
            foreach (var study in studies)
            {
                derived.Add(study);
                themeSets.Add(new StudyThemeRow(study.Id, study.Findings.Select(f => f.ThemeId).Distinct(StringComparer.Ordinal).ToList(), study.Year, study.CitationCount,
                    TitleSortKey(study.Title)));
            }
            return SqliteRecordWriter.LoadBatch.Of(studies, authorsWritten, numbers);
        }, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLoadBatchAsync(batch, cancellationToken);
            await side.SendAsync(batch, cancellationToken);
            var before = written;
            written += batch.Studies.Count;
            if (written / ProgressEvery > before / ProgressEvery)
            {
                progress?.Report(new SeedLoadProgress(written, seed.StudyCount));
            }
        }
        side.EndOfStudies();
        await writer.CheckStudyRowidsFollowLoadOrderAsync(cancellationToken);
        // The whole graph was written, so its indexes are made once, and its search documents written once, over it,
        // while the side thread makes the indexes of its tables; then its tables are copied in.
        await writer.CreateIndexesAsync(mainIndexes, cancellationToken);
        await writer.FillSearchDocumentsAsync(cancellationToken);
        await writer.WriteDerivedDataAsync(derived, cancellationToken);
        await side.FinishedAsync();
        await LoadSideDatabase.CopyIntoMainAsync(writer, sideIndexes, cancellationToken);
        await writer.ExecuteScriptAsync(SqlScripts.CountTriggers, cancellationToken);
        progress?.Report(new SeedLoadProgress(written, written));
    }

    /// <summary>What the theme sets keep of a study written by a seed load, kept while the load runs.</summary>
    private readonly record struct StudyThemeRow(string StudyId, List<string> Themes, int? Year, int? CitationCount, string TitleSort);

    /// <summary>
    /// The writer on the store's one write connection, kept open with its prepared statements from one write to the
    /// next (preparing the ~30 statements of an upsert again each time cost about as much as running them). Used and
    /// replaced only under <see cref="_writeGate"/>; closed by <see cref="CloseWriter"/>.
    /// </summary>
    private SqliteRecordWriter? _writer;

    /// <summary>
    /// The generation a write of this store is committing and then applying to the theme sets and the search index
    /// (0: none). A read that finds them one generation behind it uses them as they are instead of queueing behind the
    /// write gate (and every write waiting there): it reads as of just before that write, as if it had come a moment
    /// earlier.
    /// </summary>
    private long _followingGeneration;

    /// <summary>For tests: awaited by a write between its commit and applying it to the theme sets and the search index.</summary>
    internal Func<Task> AfterWriteCommit { get; set; } = () => Task.CompletedTask;

    /// <summary>True when structures at <paramref name="kept"/> may answer a read at <paramref name="generation"/>.</summary>
    private bool Answers(long kept, long generation) =>
        kept >= generation || (kept == generation - 1 && Volatile.Read(ref _followingGeneration) == generation);

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction that also moves the store generation; after the commit,
    /// <paramref name="followThemeSets"/> applies the write to the in-memory theme sets (SqliteGraphStore.ThemeSets.cs)
    /// and the search documents <paramref name="searchChangeOf"/> names for its result to the search index
    /// (SqliteGraphStore.Search.cs) when they were current just before it (else they are rebuilt at the next read). When <paramref name="wroteNothing"/> says so of the result,
    /// the transaction (which then only read) is rolled back instead: the generation does not move and nothing follows.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(Func<SqliteRecordWriter, Task<T>> work, Action<StudyThemeSets> followThemeSets, Func<T, SearchChange> searchChangeOf, CancellationToken cancellationToken,
        bool replacesEverything = false, Func<T, bool>? wroteNothing = null, Func<SqliteRecordWriter, Task<IAsyncDisposable>>? beforeBegin = null)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var writer = _writer ??= await OpenWriterAsync(cancellationToken);
            try
            {
                if (replacesEverything)
                {
                    // Its read connection would keep the load from having the file to itself; its index would be of before.
                    await StopSearchRebuild();
                }
                // A seed load writes through a rollback journal when it can have the file to itself; back to WAL after.
                await using var loadJournal = replacesEverything ? RollbackJournalForLoad.TryEnter(writer, _connections) : null;
                // What must be set up outside the transaction (a seed load's side database), undone after it.
                await using var beforeTransaction = beforeBegin is null ? null : await beforeBegin(writer);
                await using var transaction = await writer.BeginAsync(cancellationToken, deferred: beforeBegin is not null);
                try
                {
                    var result = await work(writer);
                    if (wroteNothing?.Invoke(result) == true)
                    {
                        await transaction.RollbackAsync(CancellationToken.None);
                        return result;
                    }
                    var generation = await writer.BumpGenerationAsync(cancellationToken);
                    // Announced before the commit, not after: a read finding the generation committed in between would
                    // otherwise queue behind the write gate, and behind every write waiting there.
                    Volatile.Write(ref _followingGeneration, generation);
                    try
                    {
                        await transaction.CommitAsync(cancellationToken);
                        _readScope.Value?.Forget();
                        await AfterWriteCommit();
                        FollowWrite(generation, followThemeSets, replacesEverything);
                        await FollowSearchAsync(generation, searchChangeOf(result), CancellationToken.None);
                    }
                    finally
                    {
                        Volatile.Write(ref _followingGeneration, 0);
                    }
                    if (replacesEverything)
                    {
                        writer.EndTransaction();
                        await writer.ExecuteScriptAsync(SqlScripts.CheckpointTruncate, cancellationToken);
                    }
                    return result;
                }
                catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: unique, foreign key, check
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    throw new StoreConstraintException($"the store refused the write: {e.Message}", e);
                }
                finally
                {
                    writer.EndTransaction();
                }
            }
            catch (SqliteException e) when (e.SqliteErrorCode != 19)
            {
                // The connection may be unusable (I/O error, a full disk): the next write opens a new one.
                await CloseWriterCoreAsync();
                throw;
            }
            finally
            {
                if (replacesEverything)
                {
                    // The next write opens a new connection: SQLite never shrinks a page cache's hash table, and the
                    // load's (BulkLoadCacheSize.sql) was walked whole at every later commit (WriteCacheSize.sql).
                    await CloseWriterCoreAsync();
                }
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteRecordWriter> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var writer = new SqliteRecordWriter(await _connections.OpenForWriteAsync(cancellationToken));
        await writer.ExecuteScriptAsync(SqlScripts.SynchronousFull, cancellationToken);
        await writer.ExecuteScriptAsync(SqlScripts.WriteCacheSize, cancellationToken);
        return writer;
    }

    /// <summary>How often the open write connection's statements were prepared again by SQLite (for tests; 0 with no writer open).</summary>
    internal int WriteStatementsReprepared => _writer?.StatementsReprepared ?? 0;

    /// <summary>Closes the write connection (the next write opens another); for <see cref="Dispose"/>.</summary>
    private void CloseWriter()
    {
        if (_writer is not null && _writeGate.Wait(TimeSpan.FromSeconds(30)))
        {
            try
            {
                CloseWriterCoreAsync().AsTask().GetAwaiter().GetResult();
            }
            finally
            {
                _writeGate.Release();
            }
        }
    }

    private async ValueTask CloseWriterCoreAsync()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync();
        }
    }
}
