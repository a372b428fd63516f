using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Sqlite;

/// <summary>
/// Writes records on the store's one write connection, one transaction at a time (<see cref="BeginAsync"/>), with
/// its commands prepared once and reused row after row and write after write (the bulk path of a seed load and the
/// single-study path of a mutation share them). Journals, authors and settings are merged, not duplicated.
/// </summary>
internal sealed class SqliteRecordWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
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
    /// Begins the transaction the following statements run in, with foreign keys checked at commit (so a whole seed
    /// can be written in any order and still be refused as a whole).
    /// </summary>
    public async Task<SqliteTransaction> BeginAsync(CancellationToken ct)
    {
        _mergedInTransaction.Clear();
        _transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        await RunNamedAsync(SqlScripts.DeferForeignKeys, ct);
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
        RunAsync("INSERT INTO stakeholder_group (id, ordinal, name, description, synonyms) VALUES ($1, $2, $3, $4, $5)", ct,
            group.Id, ordinal, group.Name, group.Description, JsonList.Of(group.Synonyms));

    /// <summary>Creates or replaces a theme, keeping the ordinal of an existing one; and its search document.</summary>
    public async Task UpsertThemeAsync(Theme theme, int ordinal, CancellationToken ct)
    {
        await RunAsync(
            "INSERT INTO theme (id, ordinal, name, description, parent_id) VALUES ($1, $2, $3, $4, $5) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, parent_id = excluded.parent_id", ct,
            theme.Id, ordinal, theme.Name, theme.Description, theme.ParentId);
        await RunNamedAsync(SqlScripts.DeleteSearchDocOfTheme, ct, ("$theme", theme.Id));
        await RunNamedAsync(SqlScripts.InsertThemeSearchDoc, ct, ("$id", theme.Id), ("$heading", theme.Name), ("$body", theme.Description));
    }

    public Task InsertMethodAsync(Method method, int ordinal, CancellationToken ct) =>
        RunAsync("INSERT INTO method (id, ordinal, name, kind) VALUES ($1, $2, $3, $4)", ct, method.Id, ordinal, method.Name, MethodKindText.Of(method.Kind));

    /// <summary>Creates a journal or merges into an existing one: ISSNs are united, a missing publisher filled in.</summary>
    public Task UpsertJournalAsync(JournalRecord journal, CancellationToken ct) =>
        // Merged again as given, a journal whose ISSNs are already distinct and in order (as the union writes them) is unchanged.
        IsSortedDistinct(journal.Issn) && !FirstMergeInTransaction("journal", journal.Name, string.Join('\u001f', journal.Issn), journal.Publisher)
            ? Task.CompletedTask
            : RunAsync(
            "INSERT INTO journal (id, name, issn, publisher) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET " +
            "issn = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(journal.issn) UNION SELECT value FROM json_each(excluded.issn))), " +
            "publisher = COALESCE(journal.publisher, excluded.publisher)", ct,
            Slug.From(journal.Name), journal.Name, JsonList.Of(journal.Issn), journal.Publisher);

    /// <summary>
    /// Inserts a study with everything that hangs off it; the study must not exist. With <paramref name="derived"/>
    /// false its search documents and theme rows are left out, for <see cref="FillDerivedDataAsync"/> to write for
    /// every study at once (a seed load).
    /// </summary>
    public async Task InsertStudyAsync(StudyRecord study, CancellationToken ct, bool derived = true)
    {
        if (study.Journal is { } journal)
        {
            await UpsertJournalAsync(journal, ct);
        }
        var row = study.ToStudy();
        await RunAsync(
            "INSERT INTO study (id, title, title_sort, title_is_derived, abstract, year, published_on, doi, doi_key, url, journal_id, volume, issue, pages, " +
            "design, location, data_collected_from, data_collected_to, keywords, citation_count, source_file, source_kind, theme_count) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)", ct,
            row.Id, row.Title, SqliteGraphStore.TitleSortKey(row.Title), row.TitleIsDerived ? 1 : 0, row.Abstract, row.Year, row.PublishedOn, row.Doi,
            row.Doi?.ToLowerInvariant(), row.Url, row.JournalId, row.Volume, row.Issue, row.Pages, row.Design, row.Location, row.DataCollectedFrom,
            row.DataCollectedTo, JsonList.Of(row.Keywords), row.CitationCount, row.Source.File, row.Source.Kind,
            study.Findings.Select(f => f.ThemeId).Distinct().Count());
        if (derived)
        {
            await RunNamedAsync(SqlScripts.InsertStudySearchDoc, ct, ("$id", study.Id), ("$heading", study.Title), ("$keywords", string.Join(' ', study.Keywords)),
                ("$body", study.Abstract));
        }

        for (var i = 0; i < study.Authors.Count; i++)
        {
            var authorId = Slug.From(study.Authors[i]);
            if (FirstMergeInTransaction("author", authorId))
            {
                await RunAsync("INSERT INTO author (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", ct, authorId, study.Authors[i]);
            }
            await RunAsync("INSERT INTO authored (study_id, position, author_id) VALUES ($1, $2, $3)", ct, study.Id, i, authorId);
        }
        for (var i = 0; i < study.MethodIds.Count; i++)
        {
            await RunAsync("INSERT INTO study_method (study_id, method_id, ordinal) VALUES ($1, $2, $3)", ct, study.Id, study.MethodIds[i], i);
        }
        for (var i = 0; i < study.Settings.Count; i++)
        {
            var setting = study.Settings[i];
            await RunAsync(
                "INSERT INTO setting (id, ordinal, name, description) VALUES ($1, (SELECT COALESCE(MAX(ordinal), -1) + 1 FROM setting), $2, $3) " +
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = COALESCE(excluded.description, setting.description)", ct,
                setting.Id, setting.Name, setting.Description);
            await RunAsync("INSERT INTO study_setting (study_id, setting_id, ordinal) VALUES ($1, $2, $3)", ct, study.Id, setting.Id, i);
        }
        for (var i = 0; i < study.Participants.Count; i++)
        {
            var participant = study.Participants[i];
            await RunAsync("INSERT INTO participation (study_id, group_id, ordinal, count, note) VALUES ($1, $2, $3, $4, $5)", ct,
                study.Id, participant.GroupId, i, participant.Count, participant.Note);
        }
        var themeOrdinal = 0;
        var themeCount = study.Findings.Select(f => f.ThemeId).Distinct().Count();
        var themesSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < study.Findings.Count; i++)
        {
            var finding = study.Findings[i];
            await RunAsync("INSERT INTO finding (id, study_id, ordinal, theme_id, statement, evidence) VALUES ($1, $2, $3, $4, $5, $6)", ct,
                finding.Id, study.Id, i, finding.ThemeId, finding.Statement, finding.Evidence);
            for (var p = 0; p < finding.PerspectiveIds.Count; p++)
            {
                await RunAsync("INSERT INTO finding_perspective (finding_id, group_id, ordinal) VALUES ($1, $2, $3)", ct, finding.Id, finding.PerspectiveIds[p], p);
            }
            for (var a = 0; a < finding.AboutIds.Count; a++)
            {
                await RunAsync("INSERT INTO finding_about (finding_id, group_id, ordinal) VALUES ($1, $2, $3)", ct, finding.Id, finding.AboutIds[a], a);
            }
            if (derived && themesSeen.Add(finding.ThemeId))
            {
                await RunAsync(
                    "INSERT INTO study_theme (study_id, theme_id, ordinal, theme_count, study_no, theme_no) " +
                    "VALUES ($1, $2, $3, $4, (SELECT rowid FROM study WHERE id = $1), (SELECT rowid FROM theme WHERE id = $2))",
                    ct, study.Id, finding.ThemeId, themeOrdinal++, themeCount);
            }
            if (derived)
            {
                await RunNamedAsync(SqlScripts.InsertFindingSearchDoc, ct, ("$id", finding.Id), ("$body", finding.Statement), ("$evidence", finding.Evidence));
            }
        }
    }

    /// <summary>
    /// Every study's theme rows, the evidence cells and the search documents of every study and finding, set-based
    /// (after a seed load; the theme roll-ups are then counted by <see cref="RecountRollupsAsync"/>).
    /// </summary>
    public async Task FillDerivedDataAsync(CancellationToken ct)
    {
        await ExecuteScriptAsync(SqlScripts.FillStudyThemes, ct);
        await ExecuteScriptAsync(SqlScripts.FillEvidenceCells, ct);
        await ExecuteScriptAsync(SqlScripts.FillStudySearchDocs, ct);
        await ExecuteScriptAsync(SqlScripts.FillFindingSearchDocs, ct);
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
        await RunNamedAsync(SqlScripts.AddStudyToEvidenceCells, ct, ("$study", studyId), ("$sign", -1));
        await RunNamedAsync(SqlScripts.AddStudyToThemeRollups, ct, ("$study", studyId), ("$sign", -1));
        await RunNamedAsync(SqlScripts.AddStudyToCounts, ct, ("$study", studyId), ("$sign", -1));
        foreach (var key in await ListAsync(SqlScripts.SearchDocKeysOfStudy, r => r.GetInt64(0), ct, ("$study", studyId)))
        {
            await RunNamedAsync(SqlScripts.DeleteSearchDoc, ct, ("$key", key));
        }
        var deleted = await RunAsync("DELETE FROM study WHERE id = $1", ct, studyId) > 0;
        await RunNamedAsync(SqlScripts.DeleteEmptyEvidenceCells, ct);
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
        await RunNamedAsync(SqlScripts.AddStudyToEvidenceCells, ct, ("$study", studyId), ("$sign", 1));
        await RunNamedAsync(SqlScripts.AddStudyToThemeRollups, ct, ("$study", studyId), ("$sign", 1));
        await RunNamedAsync(SqlScripts.AddStudyToCounts, ct, ("$study", studyId), ("$sign", 1));
    }

    /// <summary>Of these journals, authors and settings, deletes those no study links to any more.</summary>
    public async Task DeleteOrphansAsync(IReadOnlyCollection<(string Kind, string Id)> linked, CancellationToken ct)
    {
        foreach (var (kind, sql) in new[] { ("journal", SqlScripts.DeleteOrphanJournals), ("author", SqlScripts.DeleteOrphanAuthors), ("setting", SqlScripts.DeleteOrphanSettings) })
        {
            var ids = linked.Where(l => l.Kind == kind).Select(l => l.Id).ToList();
            if (ids.Count > 0)
            {
                await RunNamedAsync(sql, ct, ("$ids", JsonList.Of(ids)));
            }
        }
    }

    /// <summary>
    /// Counts the theme roll-ups of <paramref name="themeIds"/> again, over their subtrees, and their evidence cells
    /// unless <paramref name="evidenceCells"/> is false (a seed load fills every cell with FillEvidenceCells.sql).
    /// </summary>
    public async Task RecountRollupsAsync(IReadOnlyCollection<string> themeIds, CancellationToken ct, bool evidenceCells = true)
    {
        var themes = ("$themes", (object?)JsonList.Of(themeIds));
        if (evidenceCells)
        {
            await RunNamedAsync(SqlScripts.DeleteEvidenceCellsOfThemes, ct, themes);
            await RunNamedAsync(SqlScripts.InsertEvidenceCellsOfThemes, ct, themes);
        }
        await RunNamedAsync(SqlScripts.DeleteThemeRollupsOfThemes, ct, themes);
        await RunNamedAsync(SqlScripts.InsertThemeRollupsOfThemes, ct, themes);
    }

    /// <summary>
    /// Drops the secondary indexes of the tables a seed load fills (SecondaryIndexes.sql) and returns their CREATE
    /// statements, for <see cref="CreateIndexesAsync"/> to make them again once the rows are written.
    /// </summary>
    public async Task<List<string>> DropSecondaryIndexesAsync(CancellationToken ct)
    {
        var indexes = await ListAsync(SqlScripts.SecondaryIndexes, r => (Name: r.GetString(0), Sql: r.GetString(1)), ct);
        foreach (var (name, _) in indexes)
        {
            // An identifier cannot be a parameter; the name is the schema's own, read just above, never input.
            await ExecuteScriptAsync($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct);
        }
        return indexes.Select(i => i.Sql).ToList();
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

    /// <summary>Rows of a query inside the write transaction.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Prepared(sql, parameters.Select(p => p.Name).ToArray());
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }
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

    /// <summary>Runs a statement with positional parameters $1..$n, preparing it once per writer.</summary>
    private async Task<int> RunAsync(string sql, CancellationToken ct, params object?[] values)
    {
        var command = Prepared(sql, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs a statement with named parameters, preparing it once per writer.</summary>
    private async Task<int> RunNamedAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Prepared(sql, parameters.Select(p => p.Name).ToArray());
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }
        return await command.ExecuteNonQueryAsync(ct);
    }

    private SqliteCommand Prepared(string sql, int positionalParameters)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            command.Transaction = _transaction;
            return command;
        }
        return Prepared(sql, Enumerable.Range(1, positionalParameters).Select(i => "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    private SqliteCommand Prepared(string sql, string[] parameterNames)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }
            command.Prepare();
            _commands[sql] = command;
        }
        command.Transaction = _transaction;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
        _commands.Clear();
        await _connection.DisposeAsync();
    }
}
