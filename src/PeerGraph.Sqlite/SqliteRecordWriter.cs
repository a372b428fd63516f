using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Sqlite;

/// <summary>
/// Writes records on the store's one write connection, one transaction at a time (<see cref="BeginAsync"/>), with
/// its statements prepared once and reused row after row and write after write (the bulk path of a seed load and the
/// single-study path of a mutation share them; those that return no rows run as <see cref="WriteStatement"/>s).
/// Journals, authors and settings are merged, not duplicated.
/// </summary>
internal sealed partial class SqliteRecordWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WriteStatement> _statements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    // Journals and authors already merged in the current transaction, exactly as given: merging the same record again
    // changes nothing (a journal's ISSNs are a union and its first publisher stays; an author is never updated), so the
    // statement is skipped (a seed names each journal and author many times). Not settings: the last description wins.
    private readonly HashSet<string> _mergedInTransaction = new(StringComparer.Ordinal);

    public SqliteRecordWriter(SqliteConnection connection)
    {
        _connection = connection;
    }

    public SqliteConnection Connection => _connection;

    /// <summary>
    /// Begins the transaction the following statements run in, taking the write lock at once (BEGIN IMMEDIATE), or with
    /// <paramref name="deferred"/> at its first write and only on the files it writes: a seed load's connection has its
    /// side database attached (LoadSideDatabase.cs), which another connection writes while the load runs, and BEGIN
    /// IMMEDIATE would lock every attached file. Foreign keys are checked as each statement runs; a seed load does not
    /// enforce them (ForeignKeysOff.sql). (Deferring them, <c>PRAGMA defer_foreign_keys</c>, is a flag pragma, and
    /// setting one expires every prepared statement of the connection: SQLite's pragma.c adds OP_Expire.)
    /// </summary>
    public async Task<SqliteTransaction> BeginAsync(CancellationToken ct, bool deferred = false)
    {
        ct.ThrowIfCancellationRequested();
        _mergedInTransaction.Clear();
        _transaction = deferred ? _connection.BeginTransaction(deferred: true) : (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        return _transaction;
    }

    /// <summary>After the commit or rollback: forgets what the transaction merged.</summary>
    public void EndTransaction()
    {
        _transaction = null;
        _mergedInTransaction.Clear();
        _mergedInTransaction.TrimExcess();
    }

    /// <summary>Moves the store generation inside the transaction and returns the new one.</summary>
    public async Task<long> BumpGenerationAsync(CancellationToken ct)
    {
        var command = Prepared(SqlScripts.BumpGeneration, []);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task InsertGroupAsync(StakeholderGroup group, int ordinal, CancellationToken ct) =>
        RunAsync(SqlScripts.InsertGroup, ct, ("$id", group.Id), ("$ordinal", ordinal), ("$name", group.Name), ("$description", group.Description),
            ("$synonyms", JsonList.Of(group.Synonyms)));

    /// <summary>Creates or replaces a theme, keeping the ordinal of an existing one; and its search document.</summary>
    public async Task UpsertThemeAsync(Theme theme, int ordinal, CancellationToken ct)
    {
        await RunAsync(SqlScripts.UpsertTheme, ct, ("$id", theme.Id), ("$ordinal", ordinal), ("$name", theme.Name), ("$description", theme.Description),
            ("$parent", theme.ParentId));
        await RunAsync(SqlScripts.DeleteSearchDocOfTheme, ct, ("$theme", theme.Id));
        await RunAsync(SqlScripts.InsertThemeSearchDoc, ct, ("$id", theme.Id), ("$heading", theme.Name), ("$body", theme.Description));
    }

    public Task InsertMethodAsync(Method method, int ordinal, CancellationToken ct) =>
        RunAsync(SqlScripts.InsertMethod, ct, ("$id", method.Id), ("$ordinal", ordinal), ("$name", method.Name), ("$kind", MethodKindText.Of(method.Kind)));

    /// <summary>Creates a journal or merges into an existing one: ISSNs are united, a missing publisher filled in.</summary>
    public Task UpsertJournalAsync(JournalRecord journal, CancellationToken ct) =>
        // Merged again as given, a journal whose ISSNs are already distinct and in order (as the union writes them) is unchanged.
        IsSortedDistinct(journal.Issn) && !FirstMergeInTransaction("journal", journal.Name, string.Join('\u001f', journal.Issn), journal.Publisher)
            ? Task.CompletedTask
            : RunAsync(SqlScripts.UpsertJournal, ct,
                ("$id", Slug.From(journal.Name)), ("$name", journal.Name), ("$issn", JsonList.Of(journal.Issn)), ("$publisher", journal.Publisher));

    /// <summary>
    /// Inserts a study with everything that hangs off it, its theme rows and search documents included; the study must
    /// not exist. (A seed load writes its studies' rows with <see cref="WriteLoadBatchAsync"/>, and their search
    /// documents for every study at once with <see cref="FillSearchDocumentsAsync"/>.)
    /// </summary>
    public async Task InsertStudyAsync(StudyRecord study, CancellationToken ct)
    {
        if (study.Journal is { } journal)
        {
            await UpsertJournalAsync(journal, ct);
        }
        var themeCount = ThemeCountOf(study);
        await RunAsync(SqlScripts.InsertStudy, ct, StudyRowValues(study, themeCount));
        await InsertStudySearchDocAsync(study, ct);

        for (var i = 0; i < study.Authors.Count; i++)
        {
            var authorId = Slug.From(study.Authors[i]);
            if (FirstMergeInTransaction("author", authorId))
            {
                await RunAsync(SqlScripts.InsertAuthor, ct, ("$id", authorId), ("$name", study.Authors[i]));
            }
            await RunAsync(SqlScripts.InsertAuthored, ct, ("$study", study.Id), ("$position", i), ("$author", authorId));
        }
        for (var i = 0; i < study.MethodIds.Count; i++)
        {
            await RunAsync(SqlScripts.InsertStudyMethod, ct, ("$study", study.Id), ("$method", study.MethodIds[i]), ("$ordinal", i));
        }
        for (var i = 0; i < study.Settings.Count; i++)
        {
            var setting = study.Settings[i];
            await RunAsync(SqlScripts.UpsertSetting, ct, ("$id", setting.Id), ("$name", setting.Name), ("$description", setting.Description));
            await RunAsync(SqlScripts.InsertStudySetting, ct, ("$study", study.Id), ("$setting", setting.Id), ("$ordinal", i));
        }
        for (var i = 0; i < study.Participants.Count; i++)
        {
            var participant = study.Participants[i];
            await RunAsync(SqlScripts.InsertParticipation, ct,
                ("$study", study.Id), ("$group", participant.GroupId), ("$ordinal", i), ("$count", participant.Count), ("$note", participant.Note));
        }
        var themeOrdinal = 0;
        var themesSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < study.Findings.Count; i++)
        {
            var finding = study.Findings[i];
            await RunAsync(SqlScripts.InsertFinding, ct,
                ("$id", finding.Id), ("$study", study.Id), ("$ordinal", i), ("$theme", finding.ThemeId), ("$statement", finding.Statement), ("$evidence", finding.Evidence));
            for (var p = 0; p < finding.PerspectiveIds.Count; p++)
            {
                await RunAsync(SqlScripts.InsertFindingPerspective, ct, ("$finding", finding.Id), ("$group", finding.PerspectiveIds[p]), ("$ordinal", p));
            }
            for (var a = 0; a < finding.AboutIds.Count; a++)
            {
                await RunAsync(SqlScripts.InsertFindingAbout, ct, ("$finding", finding.Id), ("$group", finding.AboutIds[a]), ("$ordinal", a));
            }
            if (themesSeen.Add(finding.ThemeId))
            {
                await RunAsync(SqlScripts.InsertStudyTheme, ct, ("$study", study.Id), ("$theme", finding.ThemeId), ("$ordinal", themeOrdinal++), ("$theme_count", themeCount));
            }
            await RunAsync(SqlScripts.InsertFindingSearchDoc, ct, ("$id", finding.Id), ("$body", finding.Statement), ("$evidence", finding.Evidence));
        }
    }

    private Task InsertStudySearchDocAsync(StudyRecord study, CancellationToken ct) =>
        RunAsync(SqlScripts.InsertStudySearchDoc, ct, ("$id", study.Id), ("$heading", study.Title), ("$keywords", string.Join(' ', study.Keywords)),
            ("$body", study.Abstract));

    private static int ThemeCountOf(StudyRecord study) => study.Findings.Select(f => f.ThemeId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The parameters of InsertStudy.sql, in the order of <see cref="StudyRowValueList"/> (also the seed load's, SqliteRecordWriter.Load.cs).</summary>
    private static readonly string[] StudyRowNames =
    [
        "$id", "$title", "$title_sort", "$title_is_derived", "$abstract", "$year", "$published_on", "$doi", "$doi_key", "$url", "$journal_id", "$volume",
        "$issue", "$pages", "$design", "$location", "$data_collected_from", "$data_collected_to", "$keywords", "$citation_count", "$source_file",
        "$source_kind", "$theme_count",
    ];

    /// <summary>The values of InsertStudy.sql for the study's own row (StoredStudyRow.sql reads them back in this order, after the id).</summary>
    private static (string Name, object? Value)[] StudyRowValues(StudyRecord study, int themeCount) =>
        StudyRowNames.Zip(StudyRowValueList(study, themeCount), static (name, value) => (name, value)).ToArray();

    /// <summary>The values of <see cref="StudyRowValues"/> alone, in the order of <see cref="StudyRowNames"/>.</summary>
    private static object?[] StudyRowValueList(StudyRecord study, int themeCount)
    {
        var row = study.ToStudy();
        return
        [
            row.Id, row.Title, SqliteGraphStore.TitleSortKey(row.Title), row.TitleIsDerived ? 1 : 0, row.Abstract, row.Year, row.PublishedOn, row.Doi,
            row.Doi?.ToLowerInvariant(), row.Url, row.JournalId, row.Volume, row.Issue, row.Pages, row.Design, row.Location, row.DataCollectedFrom,
            row.DataCollectedTo, JsonList.Of(row.Keywords), row.CitationCount, row.Source.File, row.Source.Kind, themeCount,
        ];
    }

    /// <summary>The evidence cells, theme roll-ups and counts a seed load counted while it wrote the studies.</summary>
    public async Task WriteDerivedDataAsync(SeedDerivedData derived, CancellationToken ct)
    {
        foreach (var (theme, group, studies, findings) in derived.EvidenceCells)
        {
            await RunAsync(SqlScripts.InsertEvidenceCell, ct, ("$theme", theme), ("$group", group), ("$studies", studies), ("$findings", findings));
        }
        foreach (var (theme, studies) in derived.ThemeRollups)
        {
            await RunAsync(SqlScripts.InsertThemeRollup, ct, ("$theme", theme), ("$studies", studies));
        }
        await RunAsync(SqlScripts.SetGraphCountsOfLoad, ct, ("$studies", derived.Studies), ("$findings", derived.Findings), ("$relationships", derived.Relationships));
    }

    /// <summary>
    /// Deletes a study (its findings and links cascade) and its search documents, and takes its part out of the
    /// evidence cells, theme roll-ups and the counts of <c>stats</c>; false when there was none. The journal, authors and settings it linked to
    /// that no other study links to go too, unless <paramref name="keepLinked"/> (a replacement checks them after
    /// inserting the new version, which may link to them again).
    /// </summary>
    public async Task<bool> DeleteStudyAsync(string studyId, CancellationToken ct, List<(string Kind, string Id)>? keepLinked = null)
    {
        var linked = await ListAsync(SqlScripts.LinkedRecordsOfStudy, r => (Kind: r.GetString(0), Id: r.GetString(1)), ct, ("$study", studyId));
        await RunAsync(SqlScripts.AddStudyToEvidenceCells, ct, ("$study", studyId), ("$sign", -1));
        await RunAsync(SqlScripts.AddStudyToThemeRollups, ct, ("$study", studyId), ("$sign", -1));
        await RunAsync(SqlScripts.AddStudyToCounts, ct, ("$study", studyId), ("$sign", -1));
        foreach (var key in await ListAsync(SqlScripts.SearchDocKeysOfStudy, r => r.GetInt64(0), ct, ("$study", studyId)))
        {
            await RunAsync(SqlScripts.DeleteSearchDoc, ct, ("$key", key));
        }
        var deleted = await RunAsync(SqlScripts.DeleteStudy, ct, ("$study", studyId)) > 0;
        await RunAsync(SqlScripts.DeleteEmptyEvidenceCells, ct);
        if (keepLinked is not null)
        {
            keepLinked.AddRange(linked);
        }
        else
        {
            await DeleteOrphansAsync(linked, ct);
        }
        return deleted;
    }

    /// <summary>Adds a just-inserted study's part to the evidence cells, theme roll-ups and the counts of <c>stats</c>.</summary>
    public async Task AddStudyToRollupsAsync(string studyId, CancellationToken ct)
    {
        await RunAsync(SqlScripts.AddStudyToEvidenceCells, ct, ("$study", studyId), ("$sign", 1));
        await RunAsync(SqlScripts.AddStudyToThemeRollups, ct, ("$study", studyId), ("$sign", 1));
        await RunAsync(SqlScripts.AddStudyToCounts, ct, ("$study", studyId), ("$sign", 1));
    }

    /// <summary>Of these journals, authors and settings, deletes those no study links to any more.</summary>
    public async Task DeleteOrphansAsync(IReadOnlyCollection<(string Kind, string Id)> linked, CancellationToken ct)
    {
        foreach (var (kind, sql) in new[] { ("journal", SqlScripts.DeleteOrphanJournals), ("author", SqlScripts.DeleteOrphanAuthors), ("setting", SqlScripts.DeleteOrphanSettings) })
        {
            var ids = linked.Where(l => l.Kind == kind).Select(l => l.Id).ToList();
            if (ids.Count > 0)
            {
                await RunAsync(sql, ct, ("$ids", JsonList.Of(ids)));
            }
        }
    }

    /// <summary>Counts the evidence cells and theme roll-ups of <paramref name="themeIds"/> again, over their subtrees.</summary>
    public async Task RecountRollupsAsync(IReadOnlyCollection<string> themeIds, CancellationToken ct)
    {
        var themes = ("$themes", (object?)JsonList.Of(themeIds));
        await RunAsync(SqlScripts.DeleteEvidenceCellsOfThemes, ct, themes);
        await RunAsync(SqlScripts.InsertEvidenceCellsOfThemes, ct, themes);
        await RunAsync(SqlScripts.DeleteThemeRollupsOfThemes, ct, themes);
        await RunAsync(SqlScripts.InsertThemeRollupsOfThemes, ct, themes);
    }

    /// <summary>
    /// Drops the secondary indexes of the tables a seed load fills (SecondaryIndexes.sql) and returns their CREATE
    /// statements, for <see cref="CreateIndexesAsync"/> to make them again once the rows are written.
    /// </summary>
    public async Task<List<(string Table, string Create)>> DropSecondaryIndexesAsync(CancellationToken ct)
    {
        var indexes = await ListAsync(SqlScripts.SecondaryIndexes, r => (Create: r.GetString(1), Drop: r.GetString(2), Table: r.GetString(3)), ct);
        foreach (var (_, drop, _) in indexes)
        {
            await ExecuteScriptAsync(drop, ct);
        }
        return indexes.Select(i => (i.Table, i.Create)).ToList();
    }

    /// <summary>Runs the CREATE INDEX statements <see cref="DropSecondaryIndexesAsync"/> returned (the schema's own text).</summary>
    public async Task CreateIndexesAsync(IEnumerable<string> createStatements, CancellationToken ct)
    {
        foreach (var sql in createStatements)
        {
            await ExecuteScriptAsync(sql, ct);
        }
    }

    /// <summary>True the first time this record (kind and values) is merged in the current transaction.</summary>
    private bool FirstMergeInTransaction(string kind, string id, string? value = null, string? more = null) =>
        _mergedInTransaction.Add(string.Join('\u001e', kind, id, value ?? "\u0000", more ?? "\u0000"));

    private static bool IsSortedDistinct(IReadOnlyList<string> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (string.CompareOrdinal(values[i - 1], values[i]) >= 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How often SQLite prepared this writer's statements again by themselves (each write statement's count, summed).</summary>
    public int StatementsReprepared => _statements.Values.Sum(s => s.TimesReprepared);

    /// <summary>Rows of a query inside the write transaction.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Prepared(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    public async Task ExecuteScriptAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Runs a statement that returns no rows, with named parameters, preparing it once per writer (a
    /// <see cref="WriteStatement"/>); returns the rows it changed. Synchronous underneath, as SQLite is.
    /// </summary>
    private Task<int> RunAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        ct.ThrowIfCancellationRequested();
        var statement = Statement(sql, parameters, static (connection, text, names) => new WriteStatement(connection, text, names));
        return Task.FromResult(statement.Execute(parameters));
    }

    /// <summary>The writer's statement for <paramref name="sql"/>, made by <paramref name="prepare"/> at its first use and kept.</summary>
    private WriteStatement Statement<TState>(string sql, TState state, Func<SqliteConnection, string, TState, WriteStatement> prepare)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = prepare(_connection, sql, state);
            _statements.Add(sql, statement);
        }
        return statement;
    }

    /// <summary>
    /// The statement's command, prepared the first time, with <paramref name="parameters"/> set. A statement is always
    /// run with the same names in the same order, so the values are set by position.
    /// </summary>
    private SqliteCommand Prepared(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }
            command.Prepare();
            _commands[sql] = command;
        }
        command.Transaction = _transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
        _commands.Clear();
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
        _statements.Clear();
        await _connection.DisposeAsync();
    }
}
