using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage.Caching;

/// <summary>
/// The themes and stakeholder groups of one cache epoch (CachingGraphStore), in the seed's order. They are the graph's small, fixed
/// vocabulary (tens of rows, read by almost every request: a finding's theme and perspectives, a theme's parent and
/// children, the evidence map's axes), so with the question cache on they are read once per generation and looked up
/// here instead of by a statement per batch.
/// </summary>
internal sealed class Taxonomy
{
    private readonly Dictionary<string, Theme> _themes;
    private readonly Dictionary<string, StakeholderGroup> _groups;
    private readonly ILookup<string, Theme> _children;

    public Taxonomy(IReadOnlyList<Theme> themesInOrder, IReadOnlyList<StakeholderGroup> groupsInOrder)
    {
        Themes = themesInOrder;
        Groups = groupsInOrder;
        _themes = themesInOrder.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _groups = groupsInOrder.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _children = themesInOrder.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!, StringComparer.Ordinal);
        TopLevelThemes = themesInOrder.Where(t => t.ParentId is null).ToList();
    }

    public IReadOnlyList<Theme> Themes { get; }
    public IReadOnlyList<Theme> TopLevelThemes { get; }
    public IReadOnlyList<StakeholderGroup> Groups { get; }

    public IReadOnlyList<Theme> ThemesWithIds(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Where(_themes.ContainsKey).Select(id => _themes[id]).ToList();

    public IReadOnlyList<StakeholderGroup> GroupsWithIds(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Where(_groups.ContainsKey).Select(id => _groups[id]).ToList();

    public IEnumerable<Theme> ChildrenOf(string parentId) => _children[parentId];
}
