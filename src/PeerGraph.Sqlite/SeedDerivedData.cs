using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Sqlite;

/// <summary>
/// What a seed load derives from its studies, counted in memory as they stream by: the evidence cells, the theme
/// roll-ups and the study part of the counts of <c>stats</c>. Written once after the rows (a few hundred cells and one
/// row a theme) instead of set-based SQL over the whole graph (FillEvidenceCells.sql and the roll-up recount: 8.5 s of
/// CPU at 100,000 studies, against well under a second here). The rules are those of a write of one study
/// (AddStudyToEvidenceCells.sql, AddStudyToThemeRollups.sql, AddStudyToCounts.sql), and a contract test holds the two
/// to the same result (GraphStoreContract: derived data after writes equals a load of the resulting graph).
/// </summary>
internal sealed class SeedDerivedData
{
    private readonly Dictionary<string, string[]> _lineOfTheme = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Theme, string Group), Cell> _cells = [];
    private readonly Dictionary<string, int> _studiesOfTheme = new(StringComparer.Ordinal);
    // Reused from one study to the next: the cells and the themes (with their ancestors) the study counts in once.
    private readonly HashSet<(string Theme, string Group)> _cellsOfStudy = [];
    private readonly HashSet<string> _themesOfStudy = new(StringComparer.Ordinal);

    /// <param name="themes">Every theme of the seed; each counts from 0, as the roll-up recount wrote them.</param>
    public SeedDerivedData(IReadOnlyList<Theme> themes)
    {
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            parentOf[theme.Id] = theme.ParentId;
            _studiesOfTheme[theme.Id] = 0;
        }
        foreach (var theme in themes)
        {
            _lineOfTheme[theme.Id] = Line(theme.Id, parentOf);
        }
    }

    public long Studies { get; private set; }

    public long Findings { get; private set; }

    /// <summary>The relationships the studies' rows stand for (those of the taxonomy are counted apart).</summary>
    public long Relationships { get; private set; }

    /// <summary>Per theme (its descendants included) and perspective group: distinct studies and findings; none empty.</summary>
    public IEnumerable<(string ThemeId, string GroupId, int Studies, int Findings)> EvidenceCells =>
        _cells.Select(c => (c.Key.Theme, c.Key.Group, c.Value.Studies, c.Value.Findings));

    /// <summary>Per theme of the seed: distinct studies with a finding on it or a descendant (0 when none).</summary>
    public IEnumerable<(string ThemeId, int Studies)> ThemeRollups => _studiesOfTheme.Select(t => (t.Key, t.Value));

    /// <summary>Counts in one study, as written with its rows (a study's ids are distinct, else the load fails).</summary>
    public void Add(StudyRecord study)
    {
        _cellsOfStudy.Clear();
        _themesOfStudy.Clear();
        long relationships = (study.Journal is null ? 0 : 1) + study.Authors.Count + study.MethodIds.Count + study.Settings.Count + study.Participants.Count;
        foreach (var finding in study.Findings)
        {
            relationships += 2 + finding.PerspectiveIds.Count + finding.AboutIds.Count;
            foreach (var theme in LineOf(finding.ThemeId))
            {
                _themesOfStudy.Add(theme);
                foreach (var group in finding.PerspectiveIds)
                {
                    ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_cells, (theme, group), out _);
                    cell.Findings++;
                    if (_cellsOfStudy.Add((theme, group)))
                    {
                        cell.Studies++;
                    }
                }
            }
        }
        foreach (var theme in _themesOfStudy)
        {
            // A theme not in the seed is counted too: its row then fails the foreign key and the load with it, as before.
            _studiesOfTheme[theme] = _studiesOfTheme.GetValueOrDefault(theme) + 1;
        }
        Studies++;
        Findings += study.Findings.Count;
        Relationships += relationships;
    }

    /// <summary>The theme and its ancestors; a theme the seed does not have is its own line (its rows fail the foreign key).</summary>
    private string[] LineOf(string themeId) => _lineOfTheme.TryGetValue(themeId, out var line) ? line : [themeId];

    private static string[] Line(string themeId, Dictionary<string, string?> parentOf)
    {
        var line = new List<string> { themeId };
        // A seed from code is not checked: a cycle in it ends the walk instead of looping (the schema does not forbid one).
        for (var parent = parentOf.GetValueOrDefault(themeId); parent is not null && !line.Contains(parent); parent = parentOf.GetValueOrDefault(parent))
        {
            line.Add(parent);
        }
        return [.. line];
    }

    private struct Cell
    {
        public int Studies;
        public int Findings;
    }
}
