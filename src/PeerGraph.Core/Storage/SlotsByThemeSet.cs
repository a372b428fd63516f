namespace PeerGraph.Core.Storage;

/// <summary>
/// The slots of <see cref="StudyThemeSets"/> grouped by their exact theme set, while every set fits one word of bits
/// (up to 64 themes). Adding and removing a slot is O(1): a slot's place in its group is kept beside it, and a removal
/// moves the group's last slot into the hole.
/// </summary>
internal sealed class SlotsByThemeSet
{
    private readonly Dictionary<ulong, List<int>> _groups = [];
    private int[] _places = new int[64];

    public List<int>? SlotsWith(ulong themeSet) => _groups.GetValueOrDefault(themeSet);

    public void Add(ulong themeSet, int slot)
    {
        if (!_groups.TryGetValue(themeSet, out var group))
        {
            group = [];
            _groups.Add(themeSet, group);
        }
        if (slot >= _places.Length)
        {
            Array.Resize(ref _places, Math.Max(slot + 1, _places.Length * 2));
        }
        _places[slot] = group.Count;
        group.Add(slot);
    }

    public void Remove(ulong themeSet, int slot)
    {
        var group = _groups[themeSet];
        var place = _places[slot];
        var last = group[^1];
        group[place] = last;
        _places[last] = place;
        group.RemoveAt(group.Count - 1);
        if (group.Count == 0)
        {
            _groups.Remove(themeSet);
        }
    }
}
