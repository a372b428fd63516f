using BenchmarkDotNet.Attributes;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite;

namespace PeerGraph.Benchmarks;

/// <summary>
/// Distinct searches on the 10,000-study SQLite file, straight to the store (no answer cache): 200 texts made as
/// bench/distinct-bodies.mjs makes query (d)'s, two random words of the studies' titles with the second cut to four
/// letters, searched one after the other; the figure is per search. With PEERGRAPH_BENCH_SEARCH_DIR set, the searches run
/// on the SQLite file in that folder instead: give it a copy of a larger graph (e.g. a 100,000-study server's data
/// folder), since the store opens it as its own.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const int Texts = 200;
    private SqliteGraphStore _store = null!;
    private List<string> _texts = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        var dataDirectory = Environment.GetEnvironmentVariable("PEERGRAPH_BENCH_SEARCH_DIR");
        if (string.IsNullOrEmpty(dataDirectory))
        {
            await BenchmarkGraph.EnsureLoadedAsync();
            dataDirectory = BenchmarkGraph.DataDirectory;
        }
        _store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = dataDirectory });
        await _store.WarmUpAsync();
        var titles = new List<string>();
        string? after = null;
        while (titles.Count < 2_000)
        {
            var page = await _store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, StudyOrder.TitleAsc, First: 100,
                After: after is null ? null : new StudyCursor(StudyOrder.TitleAsc, null, after, "")));
            if (page.Items.Count == 0)
            {
                break;
            }
            titles.AddRange(page.Items.Select(i => i.Study.Title));
            after = page.Items[^1].Study.Title.ToLowerInvariant();
        }
        var words = titles.SelectMany(SearchText.Words).Distinct(StringComparer.Ordinal).ToList();
        var random = new Random(42);
        _texts = Enumerable.Range(0, Texts)
            .Select(_ => $"{words[random.Next(words.Count)]} {new string(words[random.Next(words.Count)].Take(4).ToArray())}")
            .ToList();
    }

    [GlobalCleanup]
    public void CleanUp() => _store.Dispose();

    [Benchmark(OperationsPerInvoke = Texts)]
    public async Task<int> DistinctSearches()
    {
        var hits = 0;
        foreach (var text in _texts)
        {
            hits += (await _store.SearchAsync(text, 10)).Count;
        }
        return hits;
    }
}
