using BenchmarkDotNet.Attributes;
using PeerGraph.Core.Storage;

namespace PeerGraph.Benchmarks;

/// <summary>
/// Query (b)'s related studies (StudyThemeSets.Related, the 5 studies most like one by Jaccard similarity of theme
/// sets) at 10,000 and 100,000 studies, found set by set where that is cheaper (the default) and by scanning every
/// row, on two shapes of rows over 40 themes:
/// <list type="bullet">
/// <item><c>LikeLoad</c>: as the bundles of the load tests (../shared/peer/gen/generate.mjs): 2 to 6 distinct themes a
/// study, drawn from a Zipf distribution (exponent 1.1), so some theme sets are common;</item>
/// <item><c>Uniform</c>: 0 to 8 themes drawn uniformly, where sets rarely repeat and the set-by-set search gives up and
/// scans: the cost of giving up.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class RelatedStudiesBenchmarks
{
    public enum RowShape { LikeLoad, Uniform }

    private StudyThemeSets _sets = null!;
    private StudyThemeSets _scanOnly = null!;
    private int _next;

    [Params(10_000, 100_000)]
    public int Studies { get; set; }

    [Params(RowShape.LikeLoad, RowShape.Uniform)]
    public RowShape Rows { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(42);
        var themeIds = Enumerable.Range(0, 40).Select(i => $"theme-{i:D2}").ToArray();
        var zipf = Enumerable.Range(1, themeIds.Length).Select(rank => 1 / Math.Pow(rank, 1.1)).ToArray();
        var zipfTotal = zipf.Sum();
        string Zipf()
        {
            var target = random.NextDouble() * zipfTotal;
            for (var i = 0; i < zipf.Length; i++)
            {
                if ((target -= zipf[i]) <= 0)
                {
                    return themeIds[i];
                }
            }
            return themeIds[^1];
        }
        List<string> Themes() => Rows == RowShape.LikeLoad
            ? ZipfDistinct(2 + random.Next(5), Zipf)
            : [.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => themeIds[random.Next(themeIds.Length)]).Distinct()];
        _sets = new StudyThemeSets();
        _scanOnly = new StudyThemeSets(setLookupsPerStudy: 0);
        for (var i = 0; i < Studies; i++)
        {
            var themes = Themes();
            _sets.Set($"study-{i:D6}", themes);
            _scanOnly.Set($"study-{i:D6}", themes);
        }
    }

    private static List<string> ZipfDistinct(int count, Func<string> pick)
    {
        var themes = new List<string>(count);
        while (themes.Count < count)
        {
            var theme = pick();
            if (!themes.Contains(theme))
            {
                themes.Add(theme);
            }
        }
        return themes;
    }

    [Benchmark(Baseline = true)]
    public int ByScan() => _scanOnly.Related($"study-{_next++ % Studies:D6}", 5).Count;

    [Benchmark]
    public int SetBySetOrScan() => _sets.Related($"study-{_next++ % Studies:D6}", 5).Count;
}
