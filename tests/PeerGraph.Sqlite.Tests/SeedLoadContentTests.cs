using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// A seed load (the bulk path) leaves the database a write of each study in turn (the mutation path) leaves: every row
/// of every table with its rowid, the search documents, the schema; and a load
/// over a previous graph leaves what a load into an empty file does.
/// </summary>
public sealed class SeedLoadContentTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-loadcontent-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    /// <summary>The curated studies (nulls, notes, shared journals and settings) and generated ones on the same taxonomy.</summary>
    private static SeedGraph Mixed(int generated) =>
        Seeds.Curated with { Studies = [.. Seeds.Curated.Studies, .. Seeds.Generated(generated, seed: 5).Studies] };

    private async Task<SqliteGraphStore> OpenAsync(string name)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = Path.Combine(_dataDir, name) });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    [Fact]
    public async Task A_load_leaves_the_database_that_writing_its_studies_one_by_one_leaves()
    {
        var ct = TestContext.Current.CancellationToken;
        var seed = Mixed(300);
        using var loaded = await OpenAsync("loaded");
        await loaded.LoadSeedAsync(seed, cancellationToken: ct);
        using var written = await OpenAsync("written");
        await written.LoadSeedAsync(seed with { Studies = [] }, cancellationToken: ct);
        foreach (var study in seed.Studies)
        {
            await written.UpsertStudyAsync(study, ct);
        }

        // Both paths wrote rows through the links the 32-row statements cover, not two empty tables.
        Assert.True(await CountAsync(loaded, "finding_perspective") > 64);
        Assert.Equal(await DumpAsync(written), await DumpAsync(loaded));
        // The load's side database (LoadSideDatabase) is gone once the load ended.
        Assert.Empty(SideFiles(loaded));
    }

    [Fact]
    public async Task A_load_over_a_previous_graph_leaves_what_a_load_into_an_empty_file_does()
    {
        var ct = TestContext.Current.CancellationToken;
        var seed = Mixed(120);
        using var reloaded = await OpenAsync("reloaded");
        await reloaded.LoadSeedAsync(Seeds.Generated(200, seed: 9), cancellationToken: ct);
        await reloaded.LoadSeedAsync(seed, cancellationToken: ct);
        using var fresh = await OpenAsync("fresh");
        await fresh.LoadSeedAsync(seed, cancellationToken: ct);

        Assert.Equal(await DumpAsync(fresh), await DumpAsync(reloaded));
    }

    [Fact]
    public async Task A_bundle_whose_late_study_is_invalid_leaves_the_previous_graph_as_it_was_after_whole_batches_were_written()
    {
        var ct = TestContext.Current.CancellationToken;
        using var store = await OpenAsync("kept");
        await store.LoadSeedAsync(Mixed(120), cancellationToken: ct);
        var before = await DumpAsync(store);
        var answersBefore = await AnswersAsync(store);
        // The 1,101st study names a theme the taxonomy lacks, found only when it is read: by then eight batches of 128
        // studies (1,024, their rows 32 to a statement) went to the file inside the load's transaction.
        var bundle = Seeds.Generated(1200, seed: 13);
        var late = bundle.Studies[1100];
        var broken = bundle with
        {
            Studies = [.. bundle.Studies.Take(1100), late with { Findings = [late.Findings[0] with { ThemeId = "no-such-theme" }, .. late.Findings.Skip(1)] }, .. bundle.Studies.Skip(1101)],
        };
        var path = Path.Combine(_dataDir, "late-invalid.json");
        await using (var file = File.Create(path))
        {
            await SeedBundleWriter.WriteAsync(broken, file, ct);
        }
        var open = await SeedReader.OpenAsync(path, cancellationToken: ct);
        var progress = new LastProgress();

        var failure = await Assert.ThrowsAsync<InvalidSeedException>(() => store.LoadSeedAsync(open.Seed!, progress, ct));

        Assert.Contains(failure.Problems, p => p.Message.Contains("no-such-theme", StringComparison.Ordinal));
        Assert.Equal(1024, progress.Written);
        Assert.Equal(before, await DumpAsync(store));
        Assert.Empty(SideFiles(store));
        Assert.Equal(answersBefore, await AnswersAsync(store));
    }

    /// <summary>The side database files of loads (LoadSideDatabase) in the store's folder.</summary>
    private static string[] SideFiles(SqliteGraphStore store) =>
        Directory.GetFiles(Path.GetDirectoryName(store.DatabasePath)!, Path.GetFileName(store.DatabasePath) + "-load-side*");

    public static TheoryData<string> MissingReferences => ["theme", "perspective", "about", "participant", "method", "parent"];

    [Theory]
    [MemberData(nameof(MissingReferences))]
    public async Task A_seed_naming_a_record_it_lacks_is_refused_and_leaves_the_previous_graph(string missing)
    {
        // Not validated as it was read (a SeedGraph handed to the store), and loaded with foreign keys off: the load's own checks refuse it.
        var ct = TestContext.Current.CancellationToken;
        using var store = await OpenAsync("missing-" + missing);
        await store.LoadSeedAsync(Mixed(40), cancellationToken: ct);
        var before = await DumpAsync(store);
        var seed = Mixed(60);
        var at = seed.Studies.Count - 1;
        var study = seed.Studies[at];
        var finding = study.Findings[0];
        var broken = missing switch
        {
            "theme" => study with { Findings = [finding with { ThemeId = "no-such-theme" }] },
            "perspective" => study with { Findings = [finding with { PerspectiveIds = ["no-such-group"] }] },
            "about" => study with { Findings = [finding with { AboutIds = ["no-such-group"] }] },
            "participant" => study with { Participants = [new ParticipantRecord("no-such-group", 3, null)] },
            "method" => study with { MethodIds = ["no-such-method"] },
            _ => study,
        };
        var bad = seed with { Studies = [.. seed.Studies.Take(at), broken] };
        if (missing == "parent")
        {
            bad = bad with { Themes = [.. seed.Themes, new Theme("orphan-theme", "Orphan", null, "no-such-parent")] };
        }

        await Assert.ThrowsAsync<StoreConstraintException>(() => store.LoadSeedAsync(bad, cancellationToken: ct));

        Assert.Equal(before, await DumpAsync(store));
        Assert.Empty(SideFiles(store));
    }

    [Fact]
    public async Task A_side_file_a_killed_load_left_is_deleted_by_the_next_load()
    {
        var ct = TestContext.Current.CancellationToken;
        using var store = await OpenAsync("leftover");
        var leftover = store.DatabasePath + "-load-side-" + Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(leftover, "what a killed load left", ct);

        await store.LoadSeedAsync(Mixed(10), cancellationToken: ct);

        Assert.Empty(SideFiles(store));
    }

    [Fact]
    public async Task A_side_file_a_killed_load_left_is_deleted_when_the_store_next_opens_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var leftover = Path.Combine(_dataDir, "restart", "peergraph.db-load-side-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);
        await File.WriteAllTextAsync(leftover, "what a killed load left", ct);

        using var store = await OpenAsync("restart");

        Assert.Equal(leftover, Path.Combine(Path.GetDirectoryName(store.DatabasePath)!, Path.GetFileName(leftover)));
        Assert.False(File.Exists(leftover));
    }

    /// <summary>What the store answers from its in-memory structures too: counts, a filtered page, a search.</summary>
    private static async Task<string> AnswersAsync(SqliteGraphStore store)
    {
        var ct = TestContext.Current.CancellationToken;
        var stats = await store.StatsAsync(ct);
        var page = await store.QueryStudiesAsync(new PeerGraph.Core.Storage.StudyQuery(new PeerGraph.Core.Storage.StudyFilter(Text: "peer"), First: 50, IncludeTotalCount: true), ct);
        var hits = await store.SearchAsync("peer sup", 20, false, ct);
        return $"{stats} | {page.TotalCount}: {string.Join(",", page.Items.Select(i => i.Study.Id))} | {string.Join(",", hits.Select(h => $"{h.Node}:{h.Score}"))}";
    }

    private sealed class LastProgress : IProgress<PeerGraph.Core.Storage.SeedLoadProgress>
    {
        public int Written { get; private set; }

        public void Report(PeerGraph.Core.Storage.SeedLoadProgress value) => Written = value.StudiesWritten;
    }

    /// <summary>
    /// Every table's rows in rowid (or key) order, the search documents, and the schema; not the store generation.
    /// </summary>
    private static async Task<long> CountAsync(SqliteGraphStore store, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return Convert.ToInt64((await RowsAsync(connection, $"SELECT count(*) FROM \"{table}\""))[0][0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> DumpAsync(SqliteGraphStore store)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync(ct);
        var dump = new System.Text.StringBuilder();
        var tables = await RowsAsync(connection, """
            SELECT t.name, t.wr FROM pragma_table_list t
            WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite_%' AND t.name NOT IN ('store_generation', 'search_doc')
            ORDER BY t.name
            """);
        var queries = new List<string>();
        foreach (var table in tables)
        {
            var name = (string)table[0]!;
            var withoutRowid = Convert.ToInt64(table[1], System.Globalization.CultureInfo.InvariantCulture) == 1;
            var columns = (await RowsAsync(connection, $"SELECT name FROM pragma_table_info('{name}') ORDER BY cid")).Select(c => (string)c[0]!).ToList();
            queries.Add(withoutRowid
                ? $"SELECT * FROM \"{name}\" ORDER BY {string.Join(", ", columns.Select((_, i) => i + 1))}"
                : $"SELECT rowid, * FROM \"{name}\" ORDER BY rowid");
        }
        // A study without keywords: the load's document has NULL there, a write's '' (both paths as they were; no token either way).
        queries.Add("SELECT rowid, kind, node_id, heading, NULLIF(keywords, ''), body, evidence FROM search_doc ORDER BY rowid");
        queries.Add("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name");
        foreach (var sql in queries)
        {
            dump.AppendLine(sql);
            foreach (var row in await RowsAsync(connection, sql))
            {
                dump.AppendLine(string.Join(" | ", row.Select(v => v is null ? "NULL" : $"{v.GetType().Name}:{Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)}")));
            }
        }
        Assert.Equal("ok", (await RowsAsync(connection, "PRAGMA integrity_check"))[0][0]);
        // A load runs with foreign keys off (LoadSideDatabase.cs): it must still leave no reference dangling.
        Assert.Empty(await RowsAsync(connection, "PRAGMA foreign_key_check"));
        return dump.ToString();
    }

    private static async Task<List<object?[]>> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }
}
