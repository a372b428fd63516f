using BenchmarkDotNet.Attributes;
using PeerGraph.Core.Storage;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.Sqlite;

namespace PeerGraph.Benchmarks;

/// <summary>
/// One store call each, on the 10,000-study SQLite file: what a resolver's batch costs before GraphQL. With the
/// answer cache off (0) the figures are the store's own; with it on (10,000, the default: CachingGraphStore in front)
/// repeated questions, records and relationships are answered from memory.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private IGraphStore _store = null!;
    private List<string> _pageIds = null!;
    private string _studyId = null!;

    [Params(0, 10_000)]
    public int QuestionCacheEntries { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        await BenchmarkGraph.EnsureLoadedAsync();
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = BenchmarkGraph.DataDirectory });
        _store = QuestionCacheEntries > 0 ? new CachingGraphStore(store, new CachingGraphStoreOptions { Entries = QuestionCacheEntries }) : store;
        _pageIds = (await StudiesPage()).Items.Select(i => i.Study.Id).ToList();
        _studyId = (await _store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, StudyOrder.TitleAsc, First: 1))).Items[0].Study.Id;
    }

    /// <summary>Query (a)'s page: 20 studies since 2010, newest first, with the total count.</summary>
    [Benchmark]
    public Task<StudyPage> StudiesPage() =>
        _store.QueryStudiesAsync(new StudyQuery(new StudyFilter(YearFrom: 2010), First: 20, IncludeTotalCount: true));

    /// <summary>One loader batch of query (a): the themes of 20 studies.</summary>
    [Benchmark]
    public Task<ILookup<string, PeerGraph.Core.Domain.Theme>> ThemesOfTwentyStudies() => _store.ThemesOfStudiesAsync(_pageIds);

    [Benchmark]
    public Task<ILookup<string, RelatedStudy>> RelatedStudies() => _store.RelatedStudiesAsync([_studyId], 5);

    /// <summary>Query (d)'s search.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchResult>> Search() => _store.SearchAsync("trust supervision", 10);

    /// <summary>Query (c)'s map: every top-level theme by every group, from the materialised roll-up.</summary>
    [Benchmark]
    public Task<EvidenceMapResult> EvidenceMap() => _store.EvidenceMapAsync(null, null);
}
