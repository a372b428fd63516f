using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// An upsert of a study exactly as it is stored writes nothing (the store generation stays, kept answers stand); one
/// that changes only the study's own row rewrites that row and its search document, and leaves the database as a whole
/// rewrite would; any other difference in what the upsert would write, the merged journal and settings included,
/// writes as before.
/// </summary>
public sealed class UnchangedUpsertTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-unchanged-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private async Task<SqliteGraphStore> LoadedAsync(string? subdirectory = null)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = subdirectory is null ? _dataDir : Path.Combine(_dataDir, subdirectory) });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: TestContext.Current.CancellationToken);
        return store;
    }

    private static StudyRecord Richest => Seeds.Curated.Studies
        .OrderByDescending(s => s.Findings.Count + s.Settings.Count + s.Participants.Count + s.Authors.Count + (s.Journal is null ? 0 : 1)).First();

    [Fact]
    public async Task Every_seeded_study_sent_again_as_it_is_leaves_the_generation_where_it_was()
    {
        var ct = TestContext.Current.CancellationToken;
        using var store = await LoadedAsync();
        var before = await store.ReadVersionAsync(ct);
        foreach (var study in Seeds.Curated.Studies)
        {
            await store.UpsertStudyAsync(study, ct);
        }
        Assert.Equal(before, await store.ReadVersionAsync(ct));
    }

    public static TheoryData<string> Changes => [.. ChangesOf(Richest).Keys];

    private static Dictionary<string, StudyRecord> ChangesOf(StudyRecord s)
    {
        var finding = s.Findings[0];
        var changes = new Dictionary<string, StudyRecord>(StringComparer.Ordinal)
        {
            ["title"] = s with { Title = s.Title + " (revised)" },
            ["abstract, year and DOI"] = s with { Abstract = "Revised abstract.", Year = (s.Year ?? 2000) + 1, Doi = "10.9999/revised" },
            ["citation count"] = s with { CitationCount = (s.CitationCount ?? 0) + 1 },
            ["a keyword more"] = s with { Keywords = [.. s.Keywords, "revised"] },
            ["a finding's statement"] = s with { Findings = [finding with { Statement = finding.Statement + " again" }, .. s.Findings.Skip(1)] },
            ["a finding less"] = s with { Findings = [.. s.Findings.Skip(1)] },
            ["findings in another order"] = s with { Findings = [.. s.Findings.Reverse()] },
            ["a perspective less"] = s with { Findings = [finding with { PerspectiveIds = [.. finding.PerspectiveIds.Skip(1)] }, .. s.Findings.Skip(1)] },
            ["authors in another order"] = s with { Authors = [.. s.Authors.Reverse()] },
            ["an author more"] = s with { Authors = [.. s.Authors, "Revised, A."] },
            ["no journal"] = s with { Journal = null },
            ["a journal ISSN more"] = s with { Journal = s.Journal! with { Issn = [.. s.Journal!.Issn, "9999-9999"] } },
        };
        if (s.Settings.Count > 0)
        {
            changes["a setting's description"] = s with { Settings = [s.Settings[0] with { Description = "revised" }, .. s.Settings.Skip(1)] };
        }
        if (s.Participants.Count > 0)
        {
            changes["a participant count"] = s with { Participants = [s.Participants[0] with { Count = (s.Participants[0].Count ?? 1) + 1 }, .. s.Participants.Skip(1)] };
        }
        return changes;
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_study_sent_with_a_change_is_written(string change)
    {
        var ct = TestContext.Current.CancellationToken;
        using var store = await LoadedAsync();
        var changed = ChangesOf(Richest)[change];
        var before = await store.ReadVersionAsync(ct);

        await store.UpsertStudyAsync(changed, ct);

        Assert.Equal(before + 1, await store.ReadVersionAsync(ct));
        // Sent again now, it is as stored: nothing more is written.
        await store.UpsertStudyAsync(changed, ct);
        Assert.Equal(before + 1, await store.ReadVersionAsync(ct));
        var stored = (await store.GetStudiesAsync([changed.Id], ct)).Single();
        Assert.Equal(changed.Title, stored.Title);
        Assert.Equal(changed.Findings.Select(f => f.Statement), (await store.FindingsOfStudiesAsync([changed.Id], PeerGraph.Core.Storage.FindingFilter.None, ct))[changed.Id].Select(f => f.Statement));
    }

    [Fact]
    public async Task A_study_whose_setting_another_study_described_otherwise_is_written_to_describe_it_again()
    {
        var ct = TestContext.Current.CancellationToken;
        using var store = await LoadedAsync();
        var first = Seeds.Curated.Studies.First(s => s.Settings.Any(x => x.Description is not null));
        var setting = first.Settings.First(x => x.Description is not null);
        var other = Seeds.Curated.Studies.First(s => s.Id != first.Id) is var o
            ? o with { Settings = [setting with { Description = "described otherwise" }] }
            : throw new InvalidOperationException();
        await store.UpsertStudyAsync(other, ct);
        var before = await store.ReadVersionAsync(ct);

        await store.UpsertStudyAsync(first, ct);

        Assert.Equal(before + 1, await store.ReadVersionAsync(ct));
        Assert.Equal(setting.Description, (await store.GetSettingsAsync([setting.Id], ct)).Single().Description);
    }

    [Fact]
    public async Task Kept_answers_stand_after_an_unchanged_upsert_those_of_the_links_after_an_own_field_change_and_none_after_a_finding_change()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sqlite = await LoadedAsync();
        using var store = new CachingGraphStore(sqlite, new CachingGraphStoreOptions { Entries = 1000, KeepsFirstAnswers = true });
        var study = Richest;
        var statsBefore = await store.StatsAsync(ct);
        var titleBefore = (await store.GetStudiesAsync([study.Id], ct)).Single().Title;

        await store.UpsertStudyAsync(study, ct);
        // Changed behind the decorator's back, without moving the generation: a kept answer still shows the old count.
        await using (var connection = new SqliteConnection($"Data Source={sqlite.DatabasePath}"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE graph_count SET studies = studies + 1000 WHERE id = 1";
            await command.ExecuteNonQueryAsync(ct);
        }
        Assert.Equal(statsBefore.Studies, (await store.StatsAsync(ct)).Studies);
        Assert.Equal(titleBefore, (await store.GetStudiesAsync([study.Id], ct)).Single().Title);

        var retitled = study with { Title = study.Title + " (revised)" };
        await store.UpsertStudyAsync(retitled, ct);
        Assert.Equal(retitled.Title, (await store.GetStudiesAsync([study.Id], ct)).Single().Title);
        Assert.Equal(statsBefore.Studies, (await store.StatsAsync(ct)).Studies);

        await store.UpsertStudyAsync(retitled with { Findings = [.. retitled.Findings.Skip(1)] }, ct);
        Assert.Equal(statsBefore.Studies + 1000, (await store.StatsAsync(ct)).Studies);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("citation count")]
    [InlineData("a keyword more")]
    [InlineData("abstract, year and DOI")]
    public async Task A_change_of_the_studys_own_row_leaves_the_database_as_a_whole_rewrite_does(string change)
    {
        var ct = TestContext.Current.CancellationToken;
        var changed = ChangesOf(Richest)[change];
        using var inPlace = await LoadedAsync("in-place");
        using var rewritten = await LoadedAsync("rewritten");
        var rowidBefore = await RowidAsync(inPlace, changed.Id);
        await inPlace.UpsertStudyAsync(changed, ct);
        // Rewritten in place, not deleted and inserted again.
        Assert.Equal(rowidBefore, await RowidAsync(inPlace, changed.Id));
        // Deleted first, the study is new to the store: written whole, with everything derived from it.
        await rewritten.DeleteStudyAsync(changed.Id, ct);
        await rewritten.UpsertStudyAsync(changed, ct);

        Assert.Equal(await DumpAsync(rewritten, changed.Id), await DumpAsync(inPlace, changed.Id));
        Assert.Contains(await inPlace.SearchAsync(changed.Title, 50, withSnippets: false, ct), r => r.Node.Id == changed.Id);
    }

    private static async Task<long> RowidAsync(SqliteGraphStore store, string studyId)
    {
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM study WHERE id = $study";
        command.Parameters.AddWithValue("$study", studyId);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>What a write of a study leaves: its own row (rowid aside), its search documents, the derived tables and the counts.</summary>
    private static async Task<string> DumpAsync(SqliteGraphStore store, string studyId)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync(ct);
        var dump = new System.Text.StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT * FROM study WHERE id = $study",
            "SELECT kind, node_id, heading, keywords, body, evidence FROM search_doc WHERE node_id = $study OR node_id IN (SELECT id FROM finding WHERE study_id = $study) ORDER BY kind, node_id",
            "SELECT study_id, theme_id, ordinal, theme_count FROM study_theme WHERE study_id = $study ORDER BY ordinal",
            "SELECT * FROM evidence_cell ORDER BY theme_id, group_id",
            "SELECT * FROM theme_rollup ORDER BY theme_id",
            "SELECT * FROM graph_count",
            "SELECT id, name, issn, publisher FROM journal ORDER BY id",
            "SELECT id, name, description FROM setting ORDER BY id",
            "SELECT COUNT(*) FROM author",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$study", studyId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                dump.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
            dump.AppendLine("--");
        }
        return dump.ToString();
    }
}
