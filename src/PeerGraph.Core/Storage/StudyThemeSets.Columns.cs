using System.Buffers;
using System.Numerics;

namespace PeerGraph.Core.Storage;

/// <summary>
/// The rows turned on their side: for each theme, a bitset of the slots whose row names it. A page filtered by themes
/// ORs the themes' columns (a word per 64 studies for each theme asked) and considers only the slots set there, instead
/// of checking every row against the mask: a theme named by a tenth of 100,000 studies is 10,000 checks, not 100,000.
/// A write changes one bit per theme of the old and of the new row. Memory: a bit per slot per theme (40 themes and
/// 131,072 slots: 640 KiB), and one more column of the slots that hold a study.
/// </summary>
public sealed partial class StudyThemeSets
{
    private readonly List<ulong[]> _columns = [];
    // The slots that hold a study (whatever its themes).
    private ulong[] _live = new ulong[1];

    private void AddToColumns(int slot)
    {
        _live[slot >> 6] |= 1UL << (slot & 63);
        foreach (var bit in _themesInOrder[slot] ?? [])
        {
            while (_columns.Count <= bit)
            {
                _columns.Add(new ulong[_counts.Length >> 6]);
            }
            _columns[bit][slot >> 6] |= 1UL << (slot & 63);
        }
    }

    private void RemoveFromColumns(int slot)
    {
        _live[slot >> 6] &= ~(1UL << (slot & 63));
        foreach (var bit in _themesInOrder[slot] ?? [])
        {
            _columns[bit][slot >> 6] &= ~(1UL << (slot & 63));
        }
    }

    /// <summary>Every column as long as the slots' capacity (a multiple of 64: it starts at 64 and doubles).</summary>
    private void ResizeColumns(int capacity)
    {
        Array.Resize(ref _live, capacity >> 6);
        for (var bit = 0; bit < _columns.Count; bit++)
        {
            var column = _columns[bit];
            Array.Resize(ref column, capacity >> 6);
            _columns[bit] = column;
        }
    }

    /// <summary>
    /// The slots naming any of <paramref name="themeIds"/> and, when <paramref name="allowed"/> is given, allowed by
    /// it: a bitset of <paramref name="blocks"/> words rented from the shared pool (the caller returns it). A theme no
    /// study names matches nothing.
    /// </summary>
    private ulong[] SlotsWithAnyTheme(IEnumerable<string> themeIds, ulong[]? allowed, int blocks)
    {
        var slots = ArrayPool<ulong>.Shared.Rent(Math.Max(1, blocks));
        Array.Clear(slots, 0, blocks);
        foreach (var themeId in themeIds)
        {
            if (_themeBits.TryGetValue(themeId, out var bit) && bit < _columns.Count)
            {
                var column = _columns[bit];
                for (var w = 0; w < blocks; w++)
                {
                    slots[w] |= column[w];
                }
            }
        }
        if (allowed is not null)
        {
            for (var w = 0; w < blocks; w++)
            {
                slots[w] &= allowed[w];
            }
        }
        return slots;
    }

    /// <summary>How many of the slots set in <paramref name="slots"/> (<paramref name="blocks"/> words) hold a study.</summary>
    private int CountLive(ulong[] slots, int blocks)
    {
        var count = 0;
        for (var w = 0; w < blocks; w++)
        {
            count += BitOperations.PopCount(slots[w] & _live[w]);
        }
        return count;
    }
}
