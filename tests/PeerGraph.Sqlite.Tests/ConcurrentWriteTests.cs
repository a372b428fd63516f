using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// Races: writers upsert and delete the same few studies at once while readers read their findings. Every version of a
/// study has its own number of findings, each tagged with the version; a reader must never see a study's findings mixed
/// from two versions, nor a version with findings missing, with the question cache on or off.
/// </summary>
public sealed class ConcurrentWriteTests : IDisposable
{
    private static readonly string[] StudyIds = ["race-a", "race-b", "race-c", "race-d"];
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-races-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private static int FindingCountOf(int version) => 1 + (version % 4);

    private static StudyRecord Version(string id, int version) => new(
        id, $"v{version.ToString(CultureInfo.InvariantCulture)} {id}", false, null, 2020, null, null, null, null, null, null, null,
        [], null, ["interviews"], [], null, null, null, [], null,
        [new ParticipantRecord("client", version, null)],
        [.. Enumerable.Range(0, FindingCountOf(version)).Select(i => new FindingRecord(
            $"{id}/f{i.ToString(CultureInfo.InvariantCulture)}", i % 2 == 0 ? "role-clarity" : "role-ambiguity", ["client"], [],
            $"v{version.ToString(CultureInfo.InvariantCulture)} finding {i.ToString(CultureInfo.InvariantCulture)}", null))],
        new SourceDocument("race.txt", null));

    [Theory]
    [InlineData(10_000)]
    [InlineData(0)]
    public async Task No_reader_ever_sees_a_studys_findings_from_two_versions_or_a_version_in_part(int questionCacheEntries)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sqlite = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        // Kept answers live in the store decorator now; the races must not show through it either.
        using var caching = new CachingGraphStore(sqlite, new CachingGraphStoreOptions { Entries = questionCacheEntries, KeepsFirstAnswers = true });
        IGraphStore store = questionCacheEntries > 0 ? caching : sqlite;
        await store.InitializeAsync(ct);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: ct);
        var version = 0;
        var problems = new ConcurrentQueue<string>();
        var reads = 0;
        using var writersDone = new CancellationTokenSource();

        async Task WriteAsync(int writer)
        {
            var random = new Random(writer);
            for (var i = 0; i < 120; i++)
            {
                var id = StudyIds[random.Next(StudyIds.Length)];
                if (random.Next(5) == 0)
                {
                    await store.DeleteStudyAsync(id, ct);
                }
                else
                {
                    await store.UpsertStudyAsync(Version(id, Interlocked.Increment(ref version)), ct);
                }
            }
        }

        async Task ReadAsync()
        {
            while (!writersDone.IsCancellationRequested)
            {
                var findings = await store.FindingsOfStudiesAsync(StudyIds, new FindingFilter(null, null), ct);
                foreach (var study in findings)
                {
                    var versions = study.Select(f => f.Statement.Split(' ')[0]).Distinct().ToList();
                    if (versions.Count != 1)
                    {
                        problems.Enqueue($"{study.Key}: findings of versions {string.Join(", ", versions)}");
                        continue;
                    }
                    var expected = FindingCountOf(int.Parse(versions[0][1..], CultureInfo.InvariantCulture));
                    if (study.Count() != expected)
                    {
                        problems.Enqueue($"{study.Key}: {study.Count()} findings of {versions[0]}, which has {expected}");
                    }
                }
                Interlocked.Increment(ref reads);
            }
        }

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(ReadAsync, ct)).ToList();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(w => Task.Run(() => WriteAsync(w), ct)));
        await writersDone.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(problems);
        Assert.True(reads > 10, $"only {reads} reads ran alongside the writers");
        var stats = await store.StatsAsync(ct);
        Assert.Equal(Seeds.Curated.Studies.Count, (await store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, First: 100), ct)).Items.Count(s => !StudyIds.Contains(s.Study.Id)));
        Assert.InRange(stats.Studies, Seeds.Curated.Studies.Count, Seeds.Curated.Studies.Count + StudyIds.Length);
    }
}
