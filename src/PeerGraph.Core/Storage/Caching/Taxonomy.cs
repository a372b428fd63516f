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

    public IReadOnlyList<Theme> ThemesWithIds(IReadOnlyCollection<string> ids) => WithIds(_themes, ids);

    public IReadOnlyList<StakeholderGroup> GroupsWithIds(IReadOnlyCollection<string> ids) => WithIds(_groups, ids);

    /// <summary>The records of the distinct known ids, in the order of their first mention (read by every request: no LINQ).</summary>
    private static List<T> WithIds<T>(Dictionary<string, T> byId, IReadOnlyCollection<string> ids) where T : class
    {
        var found = new List<T>(ids.Count);
        // A request's batch names a few ids (a page's themes): a scan of what was found beats a set until it grows.
        var seen = ids.Count > 32 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var id in ids)
        {
            if (byId.TryGetValue(id, out var record) && (seen is null ? !found.Contains(record) : seen.Add(id)))
            {
                found.Add(record);
            }
        }
        return found;
    }

    public IEnumerable<Theme> ChildrenOf(string parentId) => _children[parentId];
}
