using BenchmarkDotNet.Attributes;
using PeerGraph.Core.Storage;

namespace PeerGraph.Benchmarks;

/// <summary>
/// The in-memory half of a study page (StudyThemeSets.Page, what SqliteGraphStore.QueryStudiesAsync runs before it reads
/// the page's records by id), at 10,000 and 100,000 studies: query (a)'s filter (one theme with its descendants, a year
/// from), count and the first 21 in each order; and the cost of a write's row (Set + SetSortKeys). Rows like the
/// generator's: 40 themes, up to 8 per study, years 1990-2025 (some missing), titles of about 80 characters.
/// </summary>
[MemoryDiagnoser]
public class StudyPageScanBenchmarks
{
    private StudyThemeSets _sets = null!;
    private string[] _themeIds = null!;
    private int _write;

    [Params(10_000, 100_000)]
    public int Studies { get; set; }

    [Params(StudyOrder.YearDesc, StudyOrder.TitleAsc)]
    public StudyOrder Order { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(42);
        _themeIds = [.. Enumerable.Range(0, 40).Select(i => $"theme-{i:D2}")];
        _sets = new StudyThemeSets();
        for (var i = 0; i < Studies; i++)
        {
            var id = $"study-{i:D6}";
            _sets.Set(id, [.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => _themeIds[random.Next(_themeIds.Length)]).Distinct()]);
            _sets.SetSortKeys(id, random.Next(20) == 0 ? null : random.Next(1990, 2026), random.Next(10) == 0 ? null : random.Next(0, 500),
                $"a study of peer support number {random.Next():D10} with a title about eighty characters long");
        }
    }

    /// <summary>Query (a): a theme (here with two descendants) and a year from, the count and 20 (+1) in the order.</summary>
    [Benchmark]
    public StudyKeysPage ThemeAndYearPage() =>
        _sets.Page(new StudyPageScan(Order, 21, null, [_themeIds[3], _themeIds[17], _themeIds[29]], 2012, null, [], IncludeCount: true));

    /// <summary>An upsert's part: the study's row replaced, then its sort keys.</summary>
    [Benchmark]
    public bool WriteOneRow()
    {
        var id = $"study-{_write++ % Studies:D6}";
        _sets.Set(id, [_themeIds[_write % 40], _themeIds[(_write * 7) % 40]]);
        return _sets.SetSortKeys(id, 2000 + (_write % 25), _write % 300, "a replaced title");
    }
}
