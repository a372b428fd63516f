using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.StoreContract;

/// <summary>
/// The contract's answers computed the plain way, in memory with LINQ, from the seed a store was loaded with:
/// the independent oracle the store suite compares every store with.
/// </summary>
public sealed class SeedOracle(SeedGraph seed)
{
    public SeedGraph Seed { get; } = seed;

    public IEnumerable<FindingRecord> Findings => Seed.Studies.SelectMany(s => s.Findings);

    public StudyRecord StudyOf(FindingRecord finding) => Seed.Studies.First(s => s.Findings.Contains(finding));

    public static IOrderedEnumerable<StudyRecord> DefaultOrder(IEnumerable<StudyRecord> studies) =>
        studies.OrderBy(s => s.Year is null).ThenByDescending(s => s.Year).ThenBy(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyList<StudyRecord> Ordered(StudyOrder order) => order switch
    {
        StudyOrder.YearDesc => DefaultOrder(Seed.Studies).ToList(),
        StudyOrder.YearAsc => Seed.Studies.OrderBy(s => s.Year is null).ThenBy(s => s.Year).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
        StudyOrder.TitleAsc => Seed.Studies.OrderBy(s => s.Title.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
        StudyOrder.CitationsDesc => Seed.Studies.OrderBy(s => s.CitationCount is null).ThenByDescending(s => s.CitationCount).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    public HashSet<string> Subtree(string themeId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { themeId };
        bool grew;
        do
        {
            grew = false;
            foreach (var theme in Seed.Themes)
            {
                if (theme.ParentId is { } parent && result.Contains(parent) && result.Add(theme.Id))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return result;
    }

    public IReadOnlyList<string> ThemesOf(StudyRecord study) => study.Findings.Select(f => f.ThemeId).Distinct().ToList();

    public (int Studies, int Findings) Cell(string themeId, string groupId)
    {
        var subtree = Subtree(themeId);
        var findings = Seed.Studies.SelectMany(s => s.Findings.Select(f => (Study: s, Finding: f)))
            .Where(x => subtree.Contains(x.Finding.ThemeId) && x.Finding.PerspectiveIds.Contains(groupId)).ToList();
        return (findings.Select(x => x.Study.Id).Distinct().Count(), findings.Count);
    }

    public IReadOnlyList<string> CellStudies(string themeId, string groupId)
    {
        var subtree = Subtree(themeId);
        return DefaultOrder(Seed.Studies.Where(s => s.Findings.Any(f => subtree.Contains(f.ThemeId) && f.PerspectiveIds.Contains(groupId))))
            .Select(s => s.Id).ToList();
    }

    public IReadOnlyList<(string Id, double Similarity, IReadOnlyList<string> Shared)> Related(StudyRecord study, int first)
    {
        var mine = ThemesOf(study);
        return Seed.Studies.Where(o => o.Id != study.Id)
            .Select(o => (Other: o, Shared: mine.Where(ThemesOf(o).Contains).ToList()))
            .Where(x => x.Shared.Count > 0)
            .Select(x => (x.Other.Id, Similarity: (double)x.Shared.Count / (mine.Count + ThemesOf(x.Other).Count - x.Shared.Count), Shared: (IReadOnlyList<string>)x.Shared))
            .OrderByDescending(x => x.Similarity).ThenByDescending(x => x.Shared.Count).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(first).ToList();
    }

    public IReadOnlyList<ThemePairResult> Cooccurrence(int minShared, int first)
    {
        var studiesOf = Seed.Themes.ToDictionary(t => t.Id, t => Seed.Studies.Where(s => ThemesOf(s).Contains(t.Id)).Select(s => s.Id).ToHashSet());
        return (from a in Seed.Themes
                from b in Seed.Themes
                where string.CompareOrdinal(a.Id, b.Id) < 0
                let shared = studiesOf[a.Id].Intersect(studiesOf[b.Id]).Count()
                where shared >= Math.Max(1, minShared)
                select new ThemePairResult(a.Id, b.Id, shared, (double)shared / (studiesOf[a.Id].Count + studiesOf[b.Id].Count - shared)))
            .OrderByDescending(p => p.Count).ThenByDescending(p => p.Jaccard).ThenBy(p => p.ThemeAId, StringComparer.Ordinal).ThenBy(p => p.ThemeBId, StringComparer.Ordinal)
            .Take(first).ToList();
    }

    public GraphStatistics Stats()
    {
        var studies = Seed.Studies;
        var findings = Findings.ToList();
        var relationships = 2 * findings.Count + findings.Sum(f => f.PerspectiveIds.Count + f.AboutIds.Count)
            + studies.Sum(s => s.Participants.Count + (s.Journal is null ? 0 : 1) + s.Authors.Count + s.MethodIds.Count + s.Settings.Count)
            + Seed.Themes.Count(t => t.ParentId is not null);
        return new GraphStatistics(
            studies.Count, Seed.Themes.Count, findings.Count, Seed.Groups.Count,
            studies.SelectMany(s => s.Authors).Select(Slug.From).Distinct().Count(),
            studies.Where(s => s.Journal is not null).Select(s => Slug.From(s.Journal!.Name)).Distinct().Count(),
            relationships);
    }
}
