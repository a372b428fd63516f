using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// The in-memory theme sets behind the SQLite store's related studies, against a direct computation of Jaccard
/// similarity over plain sets: past 64 and 128 themes (rows widen), after replacements and removals (slots reused);
/// found by scanning every row and set by set (StudyThemeSets.BySets.cs), each path forced by its budget.
/// </summary>
public sealed class StudyThemeSetsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(StudyThemeSets.DefaultSetLookupsPerStudy)]
    [InlineData(double.PositiveInfinity)]
    public void Related_studies_equal_a_direct_computation_after_sets_widen_and_studies_are_replaced_and_removed(double setLookupsPerStudy)
    {
        var random = new Random(5);
        var sets = new StudyThemeSets(setLookupsPerStudy);
        var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Set(string study, List<string> themes)
        {
            sets.Set(study, themes);
            expected[study] = themes;
        }
        // Few themes at first, then up to 150, so the rows widen twice while studies are in them.
        for (var i = 0; i < 300; i++)
        {
            var themeCount = i < 100 ? 40 : 150;
            var themes = Enumerable.Range(0, random.Next(0, 7)).Select(_ => $"theme-{random.Next(themeCount):D3}").Distinct().ToList();
            Set($"study-{i:D3}", themes);
        }
        for (var i = 0; i < 60; i++)
        {
            var study = $"study-{random.Next(300):D3}";
            if (random.Next(2) == 0)
            {
                sets.Remove(study);
                expected.Remove(study);
            }
            else
            {
                Set(study, Enumerable.Range(0, random.Next(1, 5)).Select(_ => $"theme-{random.Next(150):D3}").Distinct().ToList());
            }
        }
        Set("study-new", ["theme-149", "theme-000"]);

        Assert.Equal(expected.Count, sets.Count);
        foreach (var study in expected.Keys.Append("study-unknown"))
        {
            foreach (var first in new[] { 1, 5, 20 })
            {
                Assert.Equal(Direct(expected, study, first), sets.Related(study, first).Select(r => $"{r.StudyId} {r.Similarity:R} {string.Join(",", r.SharedThemeIds)}"));
            }
        }
        Assert.Empty(sets.Related("study-new", 0));
    }

    /// <summary>
    /// Few themes (so many studies share a set, and ties on similarity and shared themes are ordered by id), never
    /// more than 64 (so the sets stay indexed), with replacements and removals between the questions. An unbounded
    /// budget walks every level (feasible with up to 16 themes); a bounded one also gives up part way and scans.
    /// </summary>
    [Theory]
    [InlineData(0.0, 8, 1)]
    [InlineData(double.PositiveInfinity, 8, 2)]
    [InlineData(double.PositiveInfinity, 16, 3)]
    [InlineData(100.0, 40, 4)]
    [InlineData(100.0, 64, 5)]
    [InlineData(StudyThemeSets.DefaultSetLookupsPerStudy, 40, 6)]
    public void Related_studies_found_set_by_set_equal_a_direct_computation(double setLookupsPerStudy, int themeCount, int seed)
    {
        var random = new Random(seed);
        var sets = new StudyThemeSets(setLookupsPerStudy);
        var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> RandomThemes(int most) =>
            Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => $"theme-{random.Next(themeCount):D2}").Distinct().ToList();
        for (var i = 0; i < 400; i++)
        {
            var study = $"study-{random.Next(1000):D3}";
            if (random.Next(5) == 0)
            {
                sets.Remove(study);
                expected.Remove(study);
            }
            else
            {
                var themes = RandomThemes(i < 300 ? 4 : 9);
                sets.Set(study, themes);
                expected[study] = themes;
            }
        }

        Assert.Equal(expected.Count, sets.Count);
        foreach (var study in expected.Keys)
        {
            foreach (var first in new[] { 1, 3, 5, 20, 1000 })
            {
                Assert.Equal(Direct(expected, study, first), sets.Related(study, first).Select(r => $"{r.StudyId} {r.Similarity:R} {string.Join(",", r.SharedThemeIds)}"));
            }
        }
    }

    private static IEnumerable<string> Direct(Dictionary<string, List<string>> sets, string study, int first)
    {
        if (!sets.TryGetValue(study, out var source) || source.Count == 0)
        {
            return [];
        }
        return sets.Where(other => other.Key != study)
            .Select(other => (Id: other.Key, Shared: source.Where(other.Value.Contains).ToList(), other.Value.Count))
            .Where(c => c.Shared.Count > 0)
            .Select(c => (c.Id, c.Shared, Similarity: (double)c.Shared.Count / (source.Count + c.Count - c.Shared.Count)))
            .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.Shared.Count).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(first)
            .Select(c => $"{c.Id} {c.Similarity:R} {string.Join(",", c.Shared)}")
            .ToList();
    }
}
