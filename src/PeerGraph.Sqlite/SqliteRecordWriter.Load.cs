using System.Runtime.InteropServices;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Sqlite;

/// <summary>
/// A seed load's rows, many per statement: the rows of the studies read so far are kept table by table
/// (<see cref="BufferStudy"/>) and written <see cref="RowsPerStatement"/> to a statement (<see cref="FlushStudies"/>),
/// the rest one by one with the single-row statement of the mutation path. Each table's rows go in the order they were
/// read, so every row gets the rowid it got when each study was written alone (SeedLoadContentTests).
/// </summary>
/// <remarks>
/// Why: a load ran about 40 statements a study one row each, and each run of a statement costs its bindings, a step
/// and a reset, and SQLite's opening and closing of its cursors, whatever the row. The journal and the settings are
/// still written study by study: a journal is merged (rarely, a seed names each journal many times) and a new setting
/// takes the next ordinal by reading the table, which a statement of many rows would read once for all of them.
/// </remarks>
internal sealed partial class SqliteRecordWriter
{
    /// <summary>Rows a statement of a seed load writes at once (the *32Rows.sql statements).</summary>
    public const int RowsPerStatement = 32;

    private LoadRows? _loadRows;

    /// <summary>Studies whose rows <see cref="BufferStudy"/> keeps until they are written.</summary>
    public int BufferedStudies => _loadRows?.Studies ?? 0;

    /// <summary>
    /// Takes a study's rows for <see cref="FlushStudies"/> to write (its journal and settings are written now); as
    /// <see cref="InsertStudyAsync"/> with <c>derived: false</c>, the study must not exist.
    /// </summary>
    public async Task BufferStudyAsync(StudyRecord study, CancellationToken ct)
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
        BufferStudy(study);
    }

    private void BufferStudy(StudyRecord study)
    {
        var rows = _loadRows ??= new LoadRows();
        rows.Studies++;
        var themeCount = ThemeCountOf(study);
        foreach (var (_, value) in StudyRowValues(study, themeCount))
        {
            rows.Study.Values.Add(value);
        }
        for (var i = 0; i < study.Authors.Count; i++)
        {
            var authorId = Slug.From(study.Authors[i]);
            if (FirstMergeInTransaction("author", authorId))
            {
                rows.Author.Add(authorId, study.Authors[i]);
            }
            rows.Authored.Add(study.Id, i, authorId);
        }
        for (var i = 0; i < study.MethodIds.Count; i++)
        {
            rows.StudyMethod.Add(study.Id, study.MethodIds[i], i);
        }
        for (var i = 0; i < study.Settings.Count; i++)
        {
            rows.StudySetting.Add(study.Id, study.Settings[i].Id, i);
        }
        for (var i = 0; i < study.Participants.Count; i++)
        {
            var participant = study.Participants[i];
            rows.Participation.Add(study.Id, participant.GroupId, i, participant.Count, participant.Note);
        }
        var themeOrdinal = 0;
        rows.ThemesSeen.Clear();
        for (var i = 0; i < study.Findings.Count; i++)
        {
            var finding = study.Findings[i];
            rows.Finding.Add(finding.Id, study.Id, i, finding.ThemeId, finding.Statement, finding.Evidence);
            for (var p = 0; p < finding.PerspectiveIds.Count; p++)
            {
                rows.FindingPerspective.Add(finding.Id, finding.PerspectiveIds[p], p);
            }
            for (var a = 0; a < finding.AboutIds.Count; a++)
            {
                rows.FindingAbout.Add(finding.Id, finding.AboutIds[a], a);
            }
            if (rows.ThemesSeen.Add(finding.ThemeId))
            {
                rows.StudyTheme.Add(study.Id, finding.ThemeId, themeOrdinal++, themeCount);
            }
        }
    }

    /// <summary>Writes the rows <see cref="BufferStudyAsync"/> kept, table by table (study rows first: study_theme looks their rowids up).</summary>
    public void FlushStudies(CancellationToken ct)
    {
        if (_loadRows is not { } rows)
        {
            return;
        }
        foreach (var table in rows.Tables)
        {
            ct.ThrowIfCancellationRequested();
            Write(table);
            table.Values.Clear();
        }
        rows.Studies = 0;
    }

    /// <summary>Forgets rows kept and not written (a load that failed).</summary>
    public void DiscardBufferedStudies() => _loadRows = null;

    private void Write(TableRows table)
    {
        var values = CollectionsMarshal.AsSpan(table.Values);
        var width = table.Names.Length;
        var many = width * RowsPerStatement;
        var at = 0;
        if (values.Length >= many)
        {
            if (!_statements.TryGetValue(table.ManyRows, out var statement))
            {
                statement = new WriteStatement(_connection, table.ManyRows, table.ManyRowsParameters);
                _statements.Add(table.ManyRows, statement);
            }
            for (; at + many <= values.Length; at += many)
            {
                statement.ExecuteValues(values.Slice(at, many));
            }
        }
        if (at < values.Length)
        {
            if (!_statements.TryGetValue(table.OneRow, out var statement))
            {
                statement = new WriteStatement(_connection, table.OneRow, table.Names.Select(n => (n, (object?)null)).ToArray());
                _statements.Add(table.OneRow, statement);
            }
            for (; at < values.Length; at += width)
            {
                statement.ExecuteValues(values.Slice(at, width));
            }
        }
    }

    /// <summary>
    /// A table's rows kept by a load: the values row after row in the order of <see cref="Names"/> (the single-row
    /// statement's parameters); <see cref="ManyRows"/> takes <see cref="RowsPerStatement"/> rows of them at once.
    /// </summary>
    private sealed class TableRows(string oneRow, string manyRows, int manyRowsParameters, params string[] names)
    {
        public string OneRow { get; } = oneRow;
        public string ManyRows { get; } = manyRows;
        public int ManyRowsParameters { get; } = manyRowsParameters;
        public string[] Names { get; } = names;
        public List<object?> Values { get; } = [];

        public void Add(params ReadOnlySpan<object?> row) => Values.AddRange(row);
    }

    private sealed class LoadRows
    {
        public int Studies;
        public readonly HashSet<string> ThemesSeen = new(StringComparer.Ordinal);

        public readonly TableRows Study = new(SqlScripts.InsertStudy, SqlScripts.InsertStudy32Rows, 23 * RowsPerStatement,
            "$id", "$title", "$title_sort", "$title_is_derived", "$abstract", "$year", "$published_on", "$doi", "$doi_key", "$url", "$journal_id", "$volume",
            "$issue", "$pages", "$design", "$location", "$data_collected_from", "$data_collected_to", "$keywords", "$citation_count", "$source_file",
            "$source_kind", "$theme_count");
        public readonly TableRows Author = new(SqlScripts.InsertAuthor, SqlScripts.InsertAuthor32Rows, 2 * RowsPerStatement, "$id", "$name");
        public readonly TableRows Authored = new(SqlScripts.InsertAuthored, SqlScripts.InsertAuthored32Rows, 3 * RowsPerStatement, "$study", "$position", "$author");
        public readonly TableRows StudyMethod = new(SqlScripts.InsertStudyMethod, SqlScripts.InsertStudyMethod32Rows, 3 * RowsPerStatement, "$study", "$method", "$ordinal");
        public readonly TableRows StudySetting = new(SqlScripts.InsertStudySetting, SqlScripts.InsertStudySetting32Rows, 3 * RowsPerStatement, "$study", "$setting", "$ordinal");
        public readonly TableRows Participation = new(SqlScripts.InsertParticipation, SqlScripts.InsertParticipation32Rows, 5 * RowsPerStatement,
            "$study", "$group", "$ordinal", "$count", "$note");
        public readonly TableRows Finding = new(SqlScripts.InsertFinding, SqlScripts.InsertFinding32Rows, 6 * RowsPerStatement,
            "$id", "$study", "$ordinal", "$theme", "$statement", "$evidence");
        public readonly TableRows FindingPerspective = new(SqlScripts.InsertFindingPerspective, SqlScripts.InsertFindingPerspective32Rows, 3 * RowsPerStatement,
            "$finding", "$group", "$ordinal");
        public readonly TableRows FindingAbout = new(SqlScripts.InsertFindingAbout, SqlScripts.InsertFindingAbout32Rows, 3 * RowsPerStatement, "$finding", "$group", "$ordinal");
        public readonly TableRows StudyTheme = new(SqlScripts.InsertStudyTheme, SqlScripts.InsertStudyTheme32Rows, 4 * RowsPerStatement,
            "$study", "$theme", "$ordinal", "$theme_count");

        /// <summary>In the order they are written: the studies before study_theme, which reads their rowids.</summary>
        public IEnumerable<TableRows> Tables =>
            [Study, Author, Authored, StudyMethod, StudySetting, Participation, Finding, FindingPerspective, FindingAbout, StudyTheme];
    }
}
