using BenchmarkDotNet.Attributes;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.Sqlite;

namespace PeerGraph.Benchmarks;

/// <summary>
/// One <c>upsertStudy</c> at the store, on a copy of the 10,000-study file (each case starts from a fresh copy): what a
/// write costs before GraphQL, with its commit (synchronous=FULL, so an fsync each) and, with the answer cache on, what
/// the cache does around it. The studies are written in turn, 500 of them; each write is one of:
/// the title changed (a write of the study's own row and its search document, as bench/mixed-body.lua sends),
/// sent as it is stored (the comparison alone, rolled back), or one finding's statement changed (the whole study
/// written again with its share of the evidence cells and roll-ups).
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private const int StudiesWritten = 500;
    private string _dataDirectory = null!;
    private SqliteGraphStore _sqlite = null!;
    private IGraphStore _store = null!;
    private List<StudyRecord> _studies = null!;
    private int _next;

    [Params(0, 10_000)]
    public int QuestionCacheEntries { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        _dataDirectory = await BenchmarkGraph.CopyAsync("writes");
        _sqlite = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDirectory });
        await _sqlite.InitializeAsync();
        _store = QuestionCacheEntries > 0 ? new CachingGraphStore(_sqlite, new CachingGraphStoreOptions { Entries = QuestionCacheEntries }) : _sqlite;
        _studies = (await GraphExporter.ExportAsync(_store)).Studies.Take(StudiesWritten).ToList();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        (_store as CachingGraphStore)?.Dispose();
        _sqlite.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark]
    public Task TitleChanged()
    {
        var study = NextStudy();
        return _store.UpsertStudyAsync(study with { Title = $"rev {_next} {study.Title}" });
    }

    /// <summary>The baseline, as in <see cref="MutationBenchmarks"/>: the comparison alone.</summary>
    [Benchmark(Baseline = true)]
    public Task Unchanged() => _store.UpsertStudyAsync(NextStudy());

    [Benchmark]
    public Task FindingChanged()
    {
        var study = NextStudy();
        var findings = study.Findings.ToList();
        findings[0] = findings[0] with { Statement = $"rev {_next} {findings[0].Statement}" };
        return _store.UpsertStudyAsync(study with { Findings = findings });
    }

    private StudyRecord NextStudy() => _studies[_next++ % _studies.Count];
}
