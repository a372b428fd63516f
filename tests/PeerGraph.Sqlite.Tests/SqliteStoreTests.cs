using Microsoft.Data.Sqlite;
using PeerGraph.Sqlite;

namespace PeerGraph.Sqlite.Tests;

/// <summary>What is particular to the embedded store: where the file goes, WAL, the schema version and migrations.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-sqlite-" + Guid.NewGuid().ToString("N"), "nested");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_dataDir)!, recursive: true);
    }

    private async Task<(SqliteGraphStore Store, SqliteConnection Connection)> OpenAsync()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return (store, connection);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task A_theme_placed_under_its_own_subtheme_is_refused_inside_the_write_and_nothing_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, connection) = await OpenAsync();
        await using var _ = connection;
        using var __ = store;
        var seed = PeerGraph.StoreContract.Seeds.Curated;
        await store.LoadSeedAsync(seed, cancellationToken: ct);
        var child = seed.Themes.First(t => t.ParentId is not null);
        var parent = seed.Themes.Single(t => t.Id == child.ParentId);

        // The store is the last line: the API's own check reads the taxonomy before the write, so two concurrent moves
        // can both pass it; a cycle would make the roll-up recursion run forever inside the write.
        await Assert.ThrowsAsync<PeerGraph.Core.Storage.StoreConstraintException>(() =>
            store.UpsertThemeAsync(parent with { ParentId = child.Id }, ct));

        Assert.Equal(parent.ParentId ?? "", await ScalarAsync(connection, $"SELECT COALESCE(parent_id, '') FROM theme WHERE id = '{parent.Id}'"));
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Writes_after_the_first_reuse_their_prepared_statements_without_preparing_them_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, connection) = await OpenAsync();
        await using var _ = connection;
        using var __ = store;
        var seed = PeerGraph.StoreContract.Seeds.Curated;
        await store.LoadSeedAsync(seed, cancellationToken: ct);
        var study = seed.Studies[0];

        // A statement expires (and SQLite prepares it again at its next step) when the connection's schema or certain
        // settings change: a flag PRAGMA such as defer_foreign_keys set at every write did that to every statement.
        for (var i = 0; i < 3; i++)
        {
            await store.UpsertStudyAsync(study with { Title = $"{study.Title} ({i})" }, ct);
            await store.UpsertStudyAsync(study with { Title = $"{study.Title} ({i})", Findings = [study.Findings[0] with { Statement = $"Changed {i}." }] }, ct);
        }

        Assert.Equal(0, store.WriteStatementsReprepared);
        Assert.Equal($"{study.Title} (2)", (await store.GetStudiesAsync([study.Id], ct)).Single().Title);
    }

    [Fact]
    public async Task The_database_is_a_wal_file_under_the_data_directory_which_is_created()
    {
        var (store, connection) = await OpenAsync();
        await using var _ = connection;

        Assert.Equal(Path.GetFullPath(Path.Combine(_dataDir, "peergraph.db")), store.DatabasePath);
        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task A_load_with_the_file_to_itself_writes_through_a_rollback_journal_and_leaves_the_file_in_wal_mode()
    {
        var ct = TestContext.Current.CancellationToken;
        using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await store.InitializeAsync(ct);
        Assert.True(await store.IsEmptyAsync(ct)); // an idle read connection, closed by the load
        var journal = new JournalAtLastProgress(store.DatabasePath);

        await store.LoadSeedAsync(PeerGraph.StoreContract.Seeds.Curated, journal, ct);

        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync(ct);
        Assert.True(journal.RollbackJournalWhileWriting);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.False(File.Exists(store.DatabasePath + "-journal"));
        Assert.Equal(PeerGraph.StoreContract.Seeds.Curated.Studies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(connection, "SELECT COUNT(*) FROM study"));
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task A_load_while_another_connection_has_the_file_open_stays_in_wal_mode()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, connection) = await OpenAsync();
        await using var _ = connection;
        using var __ = store;
        Assert.Equal("0", await ScalarAsync(connection, "SELECT COUNT(*) FROM study")); // a WAL reader holds the file from its first read
        var journal = new JournalAtLastProgress(store.DatabasePath);

        await store.LoadSeedAsync(PeerGraph.StoreContract.Seeds.Curated, journal, ct);

        Assert.False(journal.RollbackJournalWhileWriting);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(PeerGraph.StoreContract.Seeds.Curated.Studies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(connection, "SELECT COUNT(*) FROM study"));
    }

    /// <summary>Sees, at the load's last progress report (inside its transaction), whether a rollback journal is beside the file.</summary>
    private sealed class JournalAtLastProgress(string databasePath) : IProgress<PeerGraph.Core.Storage.SeedLoadProgress>
    {
        public bool RollbackJournalWhileWriting { get; private set; }

        public void Report(PeerGraph.Core.Storage.SeedLoadProgress value) => RollbackJournalWhileWriting = File.Exists(databasePath + "-journal");
    }

    [Fact]
    public async Task Initialising_twice_keeps_the_schema_at_the_current_version()
    {
        var (store, connection) = await OpenAsync();
        await using var _ = connection;
        await store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SqliteSchemaMigrator.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(connection, "PRAGMA user_version;"));
        Assert.True(await store.IsReadyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_database_made_at_version_3_loses_its_per_row_study_count_triggers_and_counts_each_write_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var seed = PeerGraph.StoreContract.Seeds.Curated;
        var (store, connection) = await OpenAsync();
        await using (connection)
        {
            using (store)
            {
                await store.LoadSeedAsync(seed, cancellationToken: ct);
            }
            // What version 3 left in a database: these triggers (Sql/CountTriggers.sql as it was at version 3) beside the
            // study writes' own counting would count every study and finding written twice.
            await ScalarAsync(connection, """
                CREATE TRIGGER count_study_insert AFTER INSERT ON study BEGIN
                  UPDATE graph_count SET studies = studies + 1, relationships = relationships + (NEW.journal_id IS NOT NULL) WHERE id = 1;
                END;
                CREATE TRIGGER count_finding_insert AFTER INSERT ON finding BEGIN
                  UPDATE graph_count SET findings = findings + 1, relationships = relationships + 2 WHERE id = 1;
                END;
                PRAGMA user_version = 3;
                """);
        }
        SqliteConnection.ClearAllPools();

        using var migrated = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await migrated.InitializeAsync(ct);
        var study = seed.Studies[0];
        await migrated.UpsertStudyAsync(study with { Id = "copy-of-" + study.Id, Doi = null, Findings = [.. study.Findings.Select(f => f with { Id = "copy-of-" + f.Id })] }, ct);

        await using var check = new SqliteConnection($"Data Source={migrated.DatabasePath}");
        await check.OpenAsync(ct);
        Assert.Equal(SqliteSchemaMigrator.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(check, "PRAGMA user_version;"));
        Assert.Equal("0", await ScalarAsync(check, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('count_study_insert', 'count_finding_insert')"));
        var stats = await migrated.StatsAsync(ct);
        Assert.Equal(seed.Studies.Count + 1, stats.Studies);
        Assert.Equal(seed.Studies.Sum(s => s.Findings.Count) + study.Findings.Count, stats.Findings);
    }

    [Fact]
    public async Task A_database_made_at_version_4_keeps_its_search_documents_in_a_plain_table_and_filters_and_searches_as_before()
    {
        var ct = TestContext.Current.CancellationToken;
        var seed = PeerGraph.StoreContract.Seeds.Curated;
        var (store, connection) = await OpenAsync();
        string documentsBefore;
        List<string> filteredBefore, foundBefore;
        await using (connection)
        {
            using (store)
            {
                await store.LoadSeedAsync(seed, cancellationToken: ct);
                filteredBefore = await FilteredAsync(store, "peer trust");
                foundBefore = (await store.SearchAsync("vicarious traum", 20, true, ct)).Select(h => $"{h.Node}").ToList();
            }
            documentsBefore = await DocumentsAsync(connection);
            // search_doc as version 4 left it: the FTS5 table of V1_Schema.sql, with the same documents.
            await ScalarAsync(connection, """
                CREATE TABLE old_docs AS SELECT rowid AS k, * FROM search_doc;
                DROP TABLE search_doc;
                CREATE VIRTUAL TABLE search_doc USING fts5(
                  kind UNINDEXED, node_id UNINDEXED, heading, keywords, body, evidence,
                  tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO search_doc (rowid, kind, node_id, heading, keywords, body, evidence)
                SELECT k, kind, node_id, heading, keywords, body, evidence FROM old_docs;
                DROP TABLE old_docs;
                CREATE INDEX study_by_year_desc ON study((year IS NULL), year DESC, id);
                CREATE INDEX study_by_year_asc ON study((year IS NULL), year, id);
                CREATE INDEX study_by_title ON study(title_sort, id);
                CREATE INDEX study_by_citations ON study((citation_count IS NULL), citation_count DESC, id);
                CREATE INDEX study_theme_by_theme_no ON study_theme(theme_no, study_no, theme_count);
                PRAGMA user_version = 4;
                """);
            Assert.Equal("5", await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('study_by_year_desc', 'study_by_year_asc', 'study_by_title', 'study_by_citations', 'study_theme_by_theme_no')"));
        }
        SqliteConnection.ClearAllPools();

        using var migrated = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await migrated.InitializeAsync(ct);

        await using var check = new SqliteConnection($"Data Source={migrated.DatabasePath}");
        await check.OpenAsync(ct);
        Assert.Equal("5", await ScalarAsync(check, "PRAGMA user_version;"));
        Assert.Equal("0", await ScalarAsync(check, "SELECT COUNT(*) FROM sqlite_schema WHERE sql LIKE '%fts5%' OR name LIKE 'search_doc_%'"));
        Assert.Equal("0", await ScalarAsync(check, "SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('study_by_year_desc', 'study_by_year_asc', 'study_by_title', 'study_by_citations', 'study_theme_by_theme_no')"));
        Assert.Equal(documentsBefore, await DocumentsAsync(check));
        Assert.NotEmpty(filteredBefore);
        Assert.Equal(filteredBefore, await FilteredAsync(migrated, "peer trust"));
        Assert.Equal(foundBefore, (await migrated.SearchAsync("vicarious traum", 20, true, ct)).Select(h => $"{h.Node}").ToList());
        Assert.Equal("ok", await ScalarAsync(check, "PRAGMA integrity_check;"));

        static async Task<List<string>> FilteredAsync(SqliteGraphStore store, string text) =>
            (await store.QueryStudiesAsync(new PeerGraph.Core.Storage.StudyQuery(new PeerGraph.Core.Storage.StudyFilter(Text: text), First: 100), TestContext.Current.CancellationToken))
                .Items.Select(i => i.Study.Id).ToList();

        static async Task<string> DocumentsAsync(SqliteConnection connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid, kind, node_id, heading, keywords, body, evidence FROM search_doc ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var rows = new System.Text.StringBuilder();
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    rows.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString()).Append(" | ");
                }
                rows.AppendLine();
            }
            return rows.ToString();
        }
    }

    [Fact]
    public async Task A_database_from_a_newer_program_is_refused_with_advice()
    {
        var (store, connection) = await OpenAsync();
        await using (connection)
        {
            await ScalarAsync(connection, "PRAGMA user_version = 99;");
        }

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(TestContext.Current.CancellationToken));

        Assert.Contains("schema version 99", e.Message, StringComparison.Ordinal);
        Assert.False(await store.IsReadyAsync(TestContext.Current.CancellationToken));
    }
}
