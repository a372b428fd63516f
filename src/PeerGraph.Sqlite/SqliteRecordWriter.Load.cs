using System.Runtime.InteropServices;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// A seed load's rows, many per statement: a batch of studies is turned into its rows table by table
/// (<see cref="LoadBatch.Of"/>, on the thread that reads the seed ahead) and written <see cref="RowsPerStatement"/> to a
/// statement (<see cref="WriteLoadBatchAsync"/>), the rest one by one with the single-row statement of the mutation
/// path. Each table's rows go in the order they were read, so every row gets the rowid it got when each study was
/// written alone (SeedLoadContentTests).
/// </summary>
/// <remarks>
/// Why: a load ran about 40 statements a study one row each, and each run of a statement costs its bindings, a step
/// and a reset, and SQLite's opening and closing of its cursors, whatever the row. The journal and the settings are
/// still written study by study: a journal is merged, and a new setting takes the next ordinal by reading the table,
/// which a statement of many rows would read once for all of them.
/// </remarks>
internal sealed partial class SqliteRecordWriter
{
    /// <summary>Rows a statement of a seed load writes at once (the *32Rows.sql statements).</summary>
    public const int RowsPerStatement = 32;

    /// <summary>
    /// Writes a batch of a seed load's studies, which must not exist: their journals and settings study by study, then
    /// their rows table by table (the studies first: study_theme looks their rowids up). The rows
    /// <see cref="InsertStudyAsync"/> writes for each study, but the search documents (written for every study at once
    /// after the load: <see cref="FillSearchDocumentsAsync"/>). The theme rows are written with the others: the
    /// set-based statement that wrote them after a load took 11 s of 100,000 studies.
    /// </summary>
    public async Task WriteLoadBatchAsync(LoadBatch batch, CancellationToken ct)
    {
        foreach (var study in batch.Studies)
        {
            if (study.Journal is { } journal)
            {
                await UpsertJournalAsync(journal, ct);
            }
            for (var i = 0; i < study.Settings.Count; i++)
            {
                var setting = study.Settings[i];
                await RunAsync(SqlScripts.UpsertSetting, ct, ("$id", setting.Id), ("$name", setting.Name), ("$description", setting.Description));
            }
        }
        foreach (var table in batch.MainTables)
        {
            ct.ThrowIfCancellationRequested();
            Write(table);
        }
    }

    /// <summary>
    /// Writes a batch's rows of the tables a load writes in its side database (<see cref="LoadBatch.SideTables"/>); on
    /// the side database's writer, on its own thread (LoadSideDatabase.cs).
    /// </summary>
    public void WriteSideTables(LoadBatch batch, CancellationToken ct)
    {
        foreach (var table in batch.SideTables)
        {
            ct.ThrowIfCancellationRequested();
            Write(table);
        }
    }

    /// <summary>Attaches a load's side database (before the transaction: ATTACH cannot run inside one).</summary>
    public Task AttachLoadSideAsync(string path, CancellationToken ct) => RunAsync(SqlScripts.AttachLoadSide, ct, ("$path", path));

    /// <summary>Detaches it again, after the transaction.</summary>
    public Task DetachLoadSideAsync(CancellationToken ct) => ExecuteScriptAsync(SqlScripts.DetachLoadSide, ct);

    /// <summary>Every theme's rowid by id, for the study_theme rows of the side database.</summary>
    public async Task<Dictionary<string, long>> ThemeNumbersAsync(CancellationToken ct) =>
        (await ListAsync(SqlScripts.ThemeNumbers, r => (Id: r.GetString(0), No: r.GetInt64(1)), ct)).ToDictionary(t => t.Id, t => t.No, StringComparer.Ordinal);

    /// <summary>
    /// After a load wrote its studies: throws unless their rowids are 1 to n in the load's order, which the side
    /// database's study_theme rows took for granted (<see cref="LoadNumbers"/>).
    /// </summary>
    public async Task CheckStudyRowidsFollowLoadOrderAsync(CancellationToken ct)
    {
        var holds = await ListAsync(SqlScripts.StudyRowidsFollowLoadOrder, r => r.GetInt64(0), ct);
        if (holds[0] != 1)
        {
            throw new InvalidOperationException("the seed load's studies did not get the rowids 1 to n in load order; nothing was written");
        }
    }

    /// <summary>
    /// The search documents of every study and finding, set-based, after a seed load wrote the rows without them (a
    /// plain table since schema version 5: rows appended in key order, no full-text index to build).
    /// </summary>
    public async Task FillSearchDocumentsAsync(CancellationToken ct)
    {
        await ExecuteScriptAsync(SqlScripts.FillStudySearchDocs, ct);
        await ExecuteScriptAsync(SqlScripts.FillFindingSearchDocs, ct);
    }

    private void Write(TableRows table)
    {
        var values = CollectionsMarshal.AsSpan(table.Values);
        var width = table.Names.Length;
        var many = width * RowsPerStatement;
        var at = 0;
        if (values.Length >= many)
        {
            var statement = Statement(table.ManyRows, many, static (connection, text, count) => new WriteStatement(connection, text, count));
            for (; at + many <= values.Length; at += many)
            {
                statement.ExecuteValues(values.Slice(at, many));
            }
        }
        if (at < values.Length)
        {
            // The mutation path's statement, shared with it (the same names in the same order).
            var statement = Statement(table.OneRow, table.Names,
                static (connection, text, names) => new WriteStatement(connection, text, names.Select(n => (n, (object?)null)).ToArray()));
            for (; at < values.Length; at += width)
            {
                statement.ExecuteValues(values.Slice(at, width));
            }
        }
    }

    /// <summary>
    /// The rows of <see cref="Table"/> in a batch: the values row after row in the order of <see cref="Names"/> (the
    /// parameters of the single-row statement <see cref="OneRow"/>); <see cref="ManyRows"/> takes
    /// <see cref="RowsPerStatement"/> rows at once.
    /// </summary>
    internal sealed class TableRows(string table, string oneRow, string manyRows, params string[] names)
    {
        public string Table { get; } = table;
        public string OneRow { get; } = oneRow;
        public string ManyRows { get; } = manyRows;
        public string[] Names { get; } = names;
        public List<object?> Values { get; } = [];

        public void Add(params ReadOnlySpan<object?> row) => Values.AddRange(row);
    }

    /// <summary>A batch of a seed load's studies and their rows, table by table, in the order they are written.</summary>
    internal sealed class LoadBatch
    {
        /// <summary>
        /// The small integers of the rows (ordinals, counts), boxed once for the whole process: each value of a batch
        /// is an object, and boxing every ordinal of 100,000 studies' 3.3 million link rows anew was garbage for the
        /// collector to trace and free.
        /// </summary>
        private static readonly object[] SmallIntegers = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

        private static object Small(int value) => (uint)value < (uint)SmallIntegers.Length ? SmallIntegers[value] : value;

        private LoadBatch(List<StudyRecord> studies) => Studies = studies;

        /// <summary>The names of the <see cref="SideTables"/>, in the order they are written.</summary>
        public static IReadOnlyList<string> SideTableNames { get; } = [.. new LoadBatch([]).SideTables.Select(t => t.Table)];

        public List<StudyRecord> Studies { get; }

        private readonly TableRows _study = new("study", SqlScripts.InsertStudy, SqlScripts.InsertStudy32Rows, StudyRowNames);
        private readonly TableRows _author = new("author", SqlScripts.InsertAuthor, SqlScripts.InsertAuthor32Rows, "$id", "$name");
        private readonly TableRows _authored = new("authored", SqlScripts.InsertAuthored, SqlScripts.InsertAuthored32Rows, "$study", "$position", "$author");
        private readonly TableRows _studyMethod = new("study_method", SqlScripts.InsertStudyMethod, SqlScripts.InsertStudyMethod32Rows, "$study", "$method", "$ordinal");
        private readonly TableRows _studySetting = new("study_setting", SqlScripts.InsertStudySetting, SqlScripts.InsertStudySetting32Rows, "$study", "$setting", "$ordinal");
        private readonly TableRows _participation = new("participation", SqlScripts.InsertParticipation, SqlScripts.InsertParticipation32Rows, "$study", "$group", "$ordinal", "$count", "$note");
        private readonly TableRows _finding = new("finding", SqlScripts.InsertFinding, SqlScripts.InsertFinding32Rows, "$id", "$study", "$ordinal", "$theme", "$statement", "$evidence");
        private readonly TableRows _findingPerspective = new("finding_perspective", SqlScripts.InsertFindingPerspective, SqlScripts.InsertFindingPerspective32Rows, "$finding", "$group", "$ordinal");
        private readonly TableRows _findingAbout = new("finding_about", SqlScripts.InsertFindingAbout, SqlScripts.InsertFindingAbout32Rows, "$finding", "$group", "$ordinal");
        private readonly TableRows _studyTheme = new("study_theme", SqlScripts.InsertLoadStudyTheme, SqlScripts.InsertLoadStudyTheme32Rows,
            "$study", "$theme", "$ordinal", "$theme_count", "$study_no", "$theme_no");

        /// <summary>The tables written on the load's connection, in this order.</summary>
        public IEnumerable<TableRows> MainTables => [_study, _author, _finding];

        /// <summary>
        /// The tables written in the load's side database: link tables without rowids, whose rows need nothing the main
        /// file holds but the rowids <see cref="LoadNumbers"/> gives. The one list of them: <see cref="SideTableNames"/>
        /// and so LoadSideDatabase take it from here, and a test holds Sql/CopyLoadSideTables.sql to it.
        /// </summary>
        public IReadOnlyList<TableRows> SideTables => [_authored, _studyMethod, _studySetting, _participation, _findingPerspective, _findingAbout, _studyTheme];

        /// <summary>
        /// The rows of these studies (in seed order); <paramref name="authorsWritten"/>: the ids of the authors the
        /// load's batches before this one write, to which this one adds its new ones (an author is written once);
        /// <paramref name="numbers"/>: the rowids of the themes and of the load's studies so far.
        /// </summary>
        public static LoadBatch Of(List<StudyRecord> studies, HashSet<string> authorsWritten, LoadNumbers numbers)
        {
            var batch = new LoadBatch(studies);
            var themesSeen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var study in studies)
            {
                batch.Add(study, authorsWritten, themesSeen, numbers);
            }
            return batch;
        }

        private void Add(StudyRecord study, HashSet<string> authorsWritten, HashSet<string> themesSeen, LoadNumbers numbers)
        {
            object boxedStudyNo = numbers.NextStudy();
            var themeCount = ThemeCountOf(study);
            _study.Add(StudyRowValueList(study, themeCount));
            for (var i = 0; i < study.Authors.Count; i++)
            {
                var authorId = Slug.From(study.Authors[i]);
                if (authorsWritten.Add(authorId))
                {
                    _author.Add(authorId, study.Authors[i]);
                }
                _authored.Add(study.Id, Small(i), authorId);
            }
            for (var i = 0; i < study.MethodIds.Count; i++)
            {
                _studyMethod.Add(study.Id, numbers.Method(study.Id, study.MethodIds[i]), Small(i));
            }
            for (var i = 0; i < study.Settings.Count; i++)
            {
                _studySetting.Add(study.Id, study.Settings[i].Id, Small(i));
            }
            for (var i = 0; i < study.Participants.Count; i++)
            {
                var participant = study.Participants[i];
                _participation.Add(study.Id, numbers.Group(study.Id, participant.GroupId), Small(i), participant.Count is { } count ? Small(count) : null, participant.Note);
            }
            var themeOrdinal = 0;
            var boxedThemeCount = Small(themeCount);
            themesSeen.Clear();
            for (var i = 0; i < study.Findings.Count; i++)
            {
                var finding = study.Findings[i];
                var themeNo = numbers.Theme(study.Id, finding.ThemeId);
                _finding.Add(finding.Id, study.Id, Small(i), finding.ThemeId, finding.Statement, finding.Evidence);
                for (var p = 0; p < finding.PerspectiveIds.Count; p++)
                {
                    _findingPerspective.Add(finding.Id, numbers.Group(study.Id, finding.PerspectiveIds[p]), Small(p));
                }
                for (var a = 0; a < finding.AboutIds.Count; a++)
                {
                    _findingAbout.Add(finding.Id, numbers.Group(study.Id, finding.AboutIds[a]), Small(a));
                }
                if (themesSeen.Add(finding.ThemeId))
                {
                    _studyTheme.Add(study.Id, finding.ThemeId, Small(themeOrdinal++), boxedThemeCount, boxedStudyNo, themeNo);
                }
            }
        }
    }
}

/// <summary>
/// What a load's rows refer to beyond what the load itself writes: the rowids its side database writes into
/// study_theme without the study and theme tables, each theme's (read after the load wrote the themes) and each
/// study's, which is its place in the load (the load empties the study table and appends to it;
/// <see cref="SqliteRecordWriter.CheckStudyRowidsFollowLoadOrderAsync"/> checks it); and the seed's groups, themes and
/// methods, which every reference of a study must name. The load's connection does not enforce foreign keys
/// (ForeignKeysOff.sql), so a reference to none is refused here, as SQLite refused it before: the load fails whole.
/// </summary>
internal sealed class LoadNumbers(Dictionary<string, long> themeRowids, IEnumerable<string> groupIds, IEnumerable<string> methodIds)
{
    // Boxed once: a row's values are objects (SqliteRecordWriter.TableRows).
    private readonly Dictionary<string, object> _themes = themeRowids.ToDictionary(t => t.Key, t => (object)t.Value, StringComparer.Ordinal);
    private readonly HashSet<string> _groups = groupIds.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _methods = methodIds.ToHashSet(StringComparer.Ordinal);
    private long _studies;

    public long NextStudy() => ++_studies;

    /// <summary>The theme's rowid, boxed; refused when the graph has no such theme.</summary>
    public object Theme(string studyId, string themeId) =>
        _themes.TryGetValue(themeId, out var number) ? number : throw Refused(studyId, "theme", themeId);

    public string Group(string studyId, string groupId) => _groups.Contains(groupId) ? groupId : throw Refused(studyId, "group", groupId);

    public string Method(string studyId, string methodId) => _methods.Contains(methodId) ? methodId : throw Refused(studyId, "method", methodId);

    private static StoreConstraintException Refused(string studyId, string kind, string id) =>
        new($"the store refused the write: study '{studyId}' names {kind} '{id}', which the graph does not have");
}
