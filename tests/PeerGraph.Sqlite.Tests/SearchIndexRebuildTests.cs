using Microsoft.Data.Sqlite;
using PeerGraph.Core.Seed;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// Once a quarter of the search index's documents are dead (replaced by writes), a new index is built beside it: the
/// old one answers every search until the new one, with the writes made meanwhile replayed onto it, takes its place.
/// </summary>
public sealed class SearchIndexRebuildTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-rebuild-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A rebuild that stops between its build and its replay until <see cref="Release"/>.</summary>
    private sealed class PausedRebuild
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public PausedRebuild(SqliteGraphStore store) => store.BeforeSearchRebuildReplay = async () =>
        {
            _reached.SetResult();
            await _released.Task;
        };

        public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        public void Release() => _released.SetResult();
    }

    private async Task<SqliteGraphStore> LoadedAsync()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await store.InitializeAsync(Ct);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        Assert.NotEmpty(await store.SearchAsync("peer", 10, false, Ct)); // the index built
        return store;
    }

    private static StudyRecord Renamed(int i) =>
        Seeds.Curated.Studies[i % Seeds.Curated.Studies.Count] with { Title = $"Zanzibar{i} revisited" };

    /// <summary>Renames studies until a rebuild starts; returns the last write's number.</summary>
    private static async Task<int> WriteUntilRebuildStartsAsync(SqliteGraphStore store)
    {
        for (var i = 0; i < 100; i++)
        {
            await store.UpsertStudyAsync(Renamed(i), Ct);
            if (!store.SearchRebuildTask.IsCompleted)
            {
                return i;
            }
        }
        Assert.Fail("100 title writes started no rebuild of the search index");
        return -1;
    }

    /// <summary>Writes until the store's rebuild of the search index begins, and returns it paused after its build.</summary>
    private static async Task<PausedRebuild> PausedRebuildAsync(SqliteGraphStore store)
    {
        var paused = new PausedRebuild(store);
        await WriteUntilRebuildStartsAsync(store);
        await paused.Reached;
        return paused;
    }

    /// <summary>The store finds for each text what a store opened afresh on the same file (its index built from the database now) finds.</summary>
    private async Task AssertFindsAsAFreshStoreAsync(SqliteGraphStore store, params string[] texts)
    {
        using var fresh = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await fresh.InitializeAsync(Ct);
        foreach (var text in texts)
        {
            Assert.Equal(await FoundAsync(fresh, text), await FoundAsync(store, text));
        }
    }

    private static async Task<List<string>> FoundAsync(SqliteGraphStore store, string text) =>
        [.. (await store.SearchAsync(text, 100, false, Ct)).Select(h => h.Node.Id).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task While_the_new_index_is_built_the_old_one_answers_with_every_write_in_it()
    {
        using var store = await LoadedAsync();
        var paused = new PausedRebuild(store);
        var last = await WriteUntilRebuildStartsAsync(store);
        await paused.Reached;

        Assert.True(store.SearchIndexDeadShare > 0.25, $"the index in use has a dead share of {store.SearchIndexDeadShare}");
        Assert.Equal([Renamed(last).Id], await FoundAsync(store, $"zanzibar{last}"));

        paused.Release();
        await store.SearchRebuildTask.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.True(store.SearchIndexDeadShare < 0.01, $"the rebuilt index has a dead share of {store.SearchIndexDeadShare}");
        Assert.Equal([Renamed(last).Id], await FoundAsync(store, $"zanzibar{last}"));
    }

    [Fact]
    public async Task Writes_made_while_the_new_index_is_built_are_replayed_onto_it()
    {
        using var store = await LoadedAsync();
        var paused = await PausedRebuildAsync(store); // the build has read its documents

        var study = Seeds.Curated.Studies[0];
        await store.UpsertStudyAsync(study with { Title = "Quetzal feathers" }, Ct);
        var deleted = Seeds.Curated.Studies[1];
        Assert.True(await store.DeleteStudyAsync(deleted.Id, Ct));
        paused.Release();
        await store.SearchRebuildTask.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.True(store.SearchIndexDeadShare < 0.25, $"the rebuilt index has a dead share of {store.SearchIndexDeadShare}");
        Assert.Equal([study.Id], await FoundAsync(store, "quetzal"));
        await AssertFindsAsAFreshStoreAsync(store, "peer", "support", "zanzibar", "quetzal", deleted.Title.Split(' ')[0], "recovery");
        Assert.DoesNotContain(deleted.Id, await FoundAsync(store, deleted.Title.Split(' ')[0]));
    }

    [Fact]
    public async Task A_seed_load_while_the_new_index_is_built_gives_the_rebuild_up()
    {
        using var store = await LoadedAsync();
        var paused = await PausedRebuildAsync(store);

        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        paused.Release();
        await store.SearchRebuildTask.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Null(store.SearchIndexDeadShare); // dropped by the load, not replaced by the rebuild's index of before it
        Assert.Empty(await FoundAsync(store, "zanzibar"));
    }

    [Fact]
    public async Task A_write_from_another_store_while_the_new_index_is_built_gives_the_rebuild_up_and_the_next_search_sees_it()
    {
        using var store = await LoadedAsync();
        var paused = await PausedRebuildAsync(store);

        using (var other = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir }))
        {
            await other.InitializeAsync(Ct);
            await other.UpsertStudyAsync(Seeds.Curated.Studies[2] with { Title = "Axolotl gills" }, Ct);
        }
        Assert.Equal([Seeds.Curated.Studies[2].Id], await FoundAsync(store, "axolotl")); // built again: the generation moved
        paused.Release();
        await store.SearchRebuildTask.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.True(store.SearchIndexDeadShare < 0.01, $"the index in use has a dead share of {store.SearchIndexDeadShare}");
        Assert.Equal([Seeds.Curated.Studies[2].Id], await FoundAsync(store, "axolotl"));
    }

    [Fact]
    public async Task A_write_of_a_study_s_own_fields_replaces_its_own_search_document_and_leaves_its_findings_ones()
    {
        using var store = await LoadedAsync();
        var study = Seeds.Curated.Studies.OrderByDescending(s => s.Findings.Count).First();
        long documents;
        await using (var connection = new SqliteConnection($"Data Source={store.DatabasePath}"))
        {
            await connection.OpenAsync(Ct);
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM search_doc";
            documents = (long)(await count.ExecuteScalarAsync(Ct))!;
        }

        await store.UpsertStudyAsync(study with { Title = "Quetzal feathers" }, Ct);

        Assert.Equal(1.0 / (documents + 1), store.SearchIndexDeadShare!.Value, 9); // one of documents + 1 dead, not 1 + its findings'
        Assert.Equal([study.Id], await FoundAsync(store, "quetzal"));
        var statement = study.Findings[0].Statement;
        Assert.Contains($"Finding:{study.Findings[0].Id}", (await store.SearchAsync(statement, 100, false, Ct)).Select(h => $"{h.Node}"));
    }

    [Fact]
    public async Task Several_writes_of_one_study_made_while_the_new_index_is_built_are_replayed_in_order()
    {
        using var store = await LoadedAsync();
        var paused = await PausedRebuildAsync(store);

        var deleted = Seeds.Curated.Studies[3];
        await store.UpsertStudyAsync(deleted with { Title = "Quetzal feathers" }, Ct); // its own fields
        Assert.True(await store.DeleteStudyAsync(deleted.Id, Ct));
        var rewritten = Seeds.Curated.Studies[4];
        await store.UpsertStudyAsync(rewritten with { Title = "Axolotl gills" }, Ct);
        var finding = rewritten.Findings[0];
        await store.UpsertStudyAsync(rewritten with { Title = "Axolotl gills", Findings = [finding with { Statement = "Narwhal tusks " + finding.Statement }, .. rewritten.Findings.Skip(1)] }, Ct);
        paused.Release();
        await store.SearchRebuildTask.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.True(store.SearchIndexDeadShare < 0.25, $"the rebuilt index has a dead share of {store.SearchIndexDeadShare}");
        await AssertFindsAsAFreshStoreAsync(store, "quetzal", "axolotl", "narwhal", "peer", "support", deleted.Title.Split(' ')[0], rewritten.Title.Split(' ')[0]);
        Assert.Empty(await FoundAsync(store, "quetzal"));
        Assert.Equal([$"{finding.Id}"], (await store.SearchAsync("narwhal", 100, false, Ct)).Select(h => h.Node.Id));
    }

    [Fact]
    public async Task A_search_between_a_write_s_commit_and_its_follow_up_answers_without_waiting_for_the_write()
    {
        using var store = await LoadedAsync();
        var study = Seeds.Curated.Studies[0];
        Task<List<string>>? during = null;
        store.AfterWriteCommit = () =>
        {
            store.AfterWriteCommit = () => Task.CompletedTask;
            // The write holds the write gate until it has followed: a search queued behind it would never end here.
            during = FoundAsync(store, "quetzal").WaitAsync(TimeSpan.FromSeconds(10), Ct);
            return during;
        };

        await store.UpsertStudyAsync(study with { Title = "Quetzal feathers" }, Ct);

        Assert.NotNull(during);
        Assert.Empty(await during); // answered as of just before the write, which had not yet reached the index
        Assert.Equal([study.Id], await FoundAsync(store, "quetzal"));
    }
}
