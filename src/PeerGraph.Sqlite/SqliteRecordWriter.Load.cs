using System.Runtime.InteropServices;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

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
        foreach (var table in batch.Tables)
        {
            ct.ThrowIfCancellationRequested();
            Write(table);
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
    /// A table's rows in a batch: the values row after row in the order of <see cref="Names"/> (the parameters of the
    /// single-row statement <see cref="OneRow"/>); <see cref="ManyRows"/> takes <see cref="RowsPerStatement"/> rows at once.
    /// </summary>
    internal sealed class TableRows(string oneRow, string manyRows, params string[] names)
    {
        public string OneRow { get; } = oneRow;
        public string ManyRows { get; } = manyRows;
        public string[] Names { get; } = names;
        public List<object?> Values { get; } = [];

        public void Add(params ReadOnlySpan<object?> row) => Values.AddRange(row);
    }

    /// <summary>A batch of a seed load's studies and their rows, table by table, in the order they are written.</summary>
    internal sealed class LoadBatch
    {
        private LoadBatch(List<StudyRecord> studies) => Studies = studies;

        public List<StudyRecord> Studies { get; }

        private readonly TableRows _study = new(SqlScripts.InsertStudy, SqlScripts.InsertStudy32Rows, StudyRowNames);
        private readonly TableRows _author = new(SqlScripts.InsertAuthor, SqlScripts.InsertAuthor32Rows, "$id", "$name");
        private readonly TableRows _authored = new(SqlScripts.InsertAuthored, SqlScripts.InsertAuthored32Rows, "$study", "$position", "$author");
        private readonly TableRows _studyMethod = new(SqlScripts.InsertStudyMethod, SqlScripts.InsertStudyMethod32Rows, "$study", "$method", "$ordinal");
        private readonly TableRows _studySetting = new(SqlScripts.InsertStudySetting, SqlScripts.InsertStudySetting32Rows, "$study", "$setting", "$ordinal");
        private readonly TableRows _participation = new(SqlScripts.InsertParticipation, SqlScripts.InsertParticipation32Rows, "$study", "$group", "$ordinal", "$count", "$note");
        private readonly TableRows _finding = new(SqlScripts.InsertFinding, SqlScripts.InsertFinding32Rows, "$id", "$study", "$ordinal", "$theme", "$statement", "$evidence");
        private readonly TableRows _findingPerspective = new(SqlScripts.InsertFindingPerspective, SqlScripts.InsertFindingPerspective32Rows, "$finding", "$group", "$ordinal");
        private readonly TableRows _findingAbout = new(SqlScripts.InsertFindingAbout, SqlScripts.InsertFindingAbout32Rows, "$finding", "$group", "$ordinal");
        private readonly TableRows _studyTheme = new(SqlScripts.InsertStudyTheme, SqlScripts.InsertStudyTheme32Rows, "$study", "$theme", "$ordinal", "$theme_count");

        /// <summary>In the order they are written: the studies before study_theme, which reads their rowids.</summary>
        public IEnumerable<TableRows> Tables =>
            [_study, _author, _authored, _studyMethod, _studySetting, _participation, _finding, _findingPerspective, _findingAbout, _studyTheme];

        /// <summary>
        /// The rows of these studies (in seed order); <paramref name="authorsWritten"/>: the ids of the authors the
        /// load's batches before this one write, to which this one adds its new ones (an author is written once).
        /// </summary>
        public static LoadBatch Of(List<StudyRecord> studies, HashSet<string> authorsWritten)
        {
            var batch = new LoadBatch(studies);
            var themesSeen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var study in studies)
            {
                batch.Add(study, authorsWritten, themesSeen);
            }
            return batch;
        }

        private void Add(StudyRecord study, HashSet<string> authorsWritten, HashSet<string> themesSeen)
        {
            var themeCount = ThemeCountOf(study);
            _study.Add(StudyRowValueList(study, themeCount));
            for (var i = 0; i < study.Authors.Count; i++)
            {
                var authorId = Slug.From(study.Authors[i]);
                if (authorsWritten.Add(authorId))
                {
                    _author.Add(authorId, study.Authors[i]);
                }
                _authored.Add(study.Id, i, authorId);
            }
            for (var i = 0; i < study.MethodIds.Count; i++)
            {
                _studyMethod.Add(study.Id, study.MethodIds[i], i);
            }
            for (var i = 0; i < study.Settings.Count; i++)
            {
                _studySetting.Add(study.Id, study.Settings[i].Id, i);
            }
            for (var i = 0; i < study.Participants.Count; i++)
            {
                var participant = study.Participants[i];
                _participation.Add(study.Id, participant.GroupId, i, participant.Count, participant.Note);
            }
            var themeOrdinal = 0;
            themesSeen.Clear();
            for (var i = 0; i < study.Findings.Count; i++)
            {
                var finding = study.Findings[i];
                _finding.Add(finding.Id, study.Id, i, finding.ThemeId, finding.Statement, finding.Evidence);
                for (var p = 0; p < finding.PerspectiveIds.Count; p++)
                {
                    _findingPerspective.Add(finding.Id, finding.PerspectiveIds[p], p);
                }
                for (var a = 0; a < finding.AboutIds.Count; a++)
                {
                    _findingAbout.Add(finding.Id, finding.AboutIds[a], a);
                }
                if (themesSeen.Add(finding.ThemeId))
                {
                    _studyTheme.Add(study.Id, finding.ThemeId, themeOrdinal++, themeCount);
                }
            }
        }
    }
}
