using System.Buffers;
using System.Numerics;

namespace PeerGraph.Core.Storage;

/// <summary>
/// Pages of studies from the rows: each study's sort keys (year, citation count, title sort key) beside its theme bits.
/// A page is one pass over the studies the filters allow: themes through their columns (StudyThemeSets.Columns.cs),
/// sets of allowed studies given as id lists (from the store's other filters) or as a bitset; the year range is
/// checked on each; every match is counted and the first <c>limit</c> after the cursor, in the order, are kept in a
/// bounded heap. Cost: O(studies / 64) words per theme and per list, O(allowed studies) small-row checks, plus
/// O(matches × log limit); a write changes one row.
/// Text compares as SQLite's BINARY collation does (UTF-8 bytes), so pages and cursors agree with the SQL store's.
/// </summary>
public sealed partial class StudyThemeSets
{
    private int?[] _years = new int?[64];
    private int?[] _citationCounts = new int?[64];
    private string?[] _titleSorts = new string?[64];
    // The titles' and the ids' first characters as one number (BinaryTextOrder.PrefixKey): most comparisons end there.
    // Ties of the order's first key are broken by id, and with years ties are the rule: at 100,000 studies comparing
    // whole ids was 8 % of the text filter's CPU.
    private ulong[] _titlePrefixes = new ulong[64];
    private ulong[] _idPrefixes = new ulong[64];

    /// <summary>Studies set since their sort keys were last given (<see cref="SetSortKeys"/>): pages wait for them.</summary>
    public IReadOnlyCollection<string> StudiesWithoutSortKeys => _withoutSortKeys;

    /// <summary>The study's sort keys as the store holds them; false for a study not in the sets.</summary>
    public bool SetSortKeys(string studyId, int? year, int? citationCount, string titleSort)
    {
        ArgumentNullException.ThrowIfNull(studyId);
        ArgumentNullException.ThrowIfNull(titleSort);
        if (!_slots.TryGetValue(studyId, out var slot))
        {
            return false;
        }
        _years[slot] = year;
        _citationCounts[slot] = citationCount;
        _titleSorts[slot] = titleSort;
        _titlePrefixes[slot] = BinaryTextOrder.PrefixKey(titleSort);
        _idPrefixes[slot] = BinaryTextOrder.PrefixKey(studyId);
        _withoutSortKeys.Remove(studyId);
        return true;
    }

    /// <summary>
    /// The studies matching <paramref name="scan"/>'s filters: how many (when asked) and the first <c>Limit</c> strictly
    /// after its cursor in its order (nulls last, ties by id).
    /// </summary>
    public StudyKeysPage Page(StudyPageScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentOutOfRangeException.ThrowIfNegative(scan.Limit);
        if (_withoutSortKeys.Count > 0)
        {
            throw new InvalidOperationException($"{_withoutSortKeys.Count} studies have no sort keys yet");
        }
        var blocks = (_slotCount + 63) >> 6;
        var allowed = AllowedSlots(scan.StudyIdLists, scan.AllowedSlots, blocks);
        var rented = allowed is not null && !ReferenceEquals(allowed, scan.AllowedSlots) ? allowed : null;
        try
        {
            if (scan.ThemeIds is not null)
            {
                allowed = SlotsWithAnyTheme(scan.ThemeIds, allowed, blocks);
                if (rented is not null)
                {
                    ArrayPool<ulong>.Shared.Return(rented);
                }
                rented = allowed;
            }
            var page = new PageScan(this, scan);
            if (allowed is null)
            {
                for (var slot = 0; slot < _slotCount; slot++)
                {
                    page.Consider(slot);
                }
            }
            else
            {
                // Only the allowed slots: a text filter that matches a few hundred of 100,000 studies reads those.
                for (var b = 0; b < blocks; b++)
                {
                    for (var bits = allowed[b]; bits != 0; bits &= bits - 1)
                    {
                        page.Consider((b << 6) + BitOperations.TrailingZeroCount(bits));
                    }
                }
            }
            return page.Result();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>One page's pass: the filters of the scan checked on each slot offered, the best kept in a bounded heap.</summary>
    private sealed class PageScan
    {
        private readonly StudyThemeSets _sets;
        private readonly StudyPageScan _scan;
        private readonly SlotOrder _order;
        private readonly StudyCursor? _after;
        private readonly bool _nothingAfter;
        private readonly PriorityQueue<int, int> _best;
        private int _total;

        public PageScan(StudyThemeSets sets, StudyPageScan scan)
        {
            _sets = sets;
            _scan = scan;
            _order = new SlotOrder(sets, scan.Order, scan.After);
            _after = scan.After;
            // A title cursor without its title is after nothing (as SQL's comparison with NULL).
            _nothingAfter = _after is { Text: null } && scan.Order == StudyOrder.TitleAsc;
            _best = new PriorityQueue<int, int>(scan.Limit + 1, _order);
        }

        public void Consider(int slot)
        {
            var sets = _sets;
            if (sets._studyIds[slot] is null)
            {
                return;
            }
            if (_scan.YearFrom is { } from && !(sets._years[slot] >= from))
            {
                return;
            }
            if (_scan.YearTo is { } to && !(sets._years[slot] <= to))
            {
                return;
            }
            _total++;
            if (_after is not null && (_nothingAfter || _order.CompareToCursor(slot, _after) <= 0))
            {
                return;
            }
            if (_best.Count < _scan.Limit)
            {
                _best.Enqueue(slot, slot);
            }
            else if (_scan.Limit > 0 && _order.Compare(slot, _best.Peek()) < 0)
            {
                _best.EnqueueDequeue(slot, slot);
            }
        }

        public StudyKeysPage Result()
        {
            var keys = new StudyPageKey[_best.Count];
            for (var i = keys.Length - 1; i >= 0; i--)
            {
                var slot = _best.Dequeue();
                keys[i] = new StudyPageKey(_sets._studyIds[slot]!, _sets._years[slot], _sets._citationCounts[slot], _sets._titleSorts[slot]!);
            }
            return new StudyKeysPage(keys, _scan.IncludeCount ? _total : null);
        }
    }

    /// <summary>
    /// The slots in every list and in <paramref name="slots"/> (null when there is neither); ids not in the sets are
    /// left out. A bitset of <paramref name="blocks"/> words or more: <paramref name="slots"/> itself when there is no
    /// list, else rented from the shared pool (the caller returns it).
    /// </summary>
    private ulong[]? AllowedSlots(IReadOnlyList<IReadOnlyCollection<string>> idLists, ulong[]? slots, int blocks)
    {
        if (idLists.Count == 0)
        {
            return slots is null || slots.Length >= blocks ? slots : Widened(slots, blocks);
        }
        var allowed = ArrayPool<ulong>.Shared.Rent(Math.Max(1, blocks));
        var these = ArrayPool<ulong>.Shared.Rent(Math.Max(1, blocks));
        try
        {
            for (var i = 0; i < idLists.Count; i++)
            {
                var target = i == 0 ? allowed : these;
                Array.Clear(target, 0, blocks);
                foreach (var id in idLists[i])
                {
                    if (_slots.TryGetValue(id, out var slot))
                    {
                        target[slot >> 6] |= 1UL << (slot & 63);
                    }
                }
                if (i > 0)
                {
                    for (var w = 0; w < blocks; w++)
                    {
                        allowed[w] &= these[w];
                    }
                }
            }
            if (slots is not null)
            {
                for (var w = 0; w < blocks; w++)
                {
                    allowed[w] &= w < slots.Length ? slots[w] : 0;
                }
            }
            return allowed;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(these);
        }
    }

    /// <summary>A bitset given for fewer slots than the sets have now (studies set since): the new slots not allowed.</summary>
    private static ulong[] Widened(ulong[] slots, int blocks)
    {
        var widened = ArrayPool<ulong>.Shared.Rent(blocks);
        Array.Clear(widened);
        slots.CopyTo(widened, 0);
        return widened;
    }

    /// <summary>Slots used so far (a slot bitset needs this many bits); freed slots are among them until used again.</summary>
    public int SlotCount => _slotCount;

    /// <summary>The study's slot, -1 when it is not in the sets. A slot changes only when its study is removed (<see cref="Removals"/>).</summary>
    public int SlotOf(string studyId) => _slots.TryGetValue(studyId, out var slot) ? slot : -1;

    /// <summary>How many studies were removed so far: while it stays, every study in the sets keeps its slot.</summary>
    public long Removals { get; private set; }

    private void ClearSortKeys(int slot)
    {
        _years[slot] = null;
        _citationCounts[slot] = null;
        _titleSorts[slot] = null;
        _titlePrefixes[slot] = 0;
        _idPrefixes[slot] = 0;
    }

    private void ResizeSortKeys(int capacity)
    {
        Array.Resize(ref _years, capacity);
        Array.Resize(ref _citationCounts, capacity);
        Array.Resize(ref _titleSorts, capacity);
        Array.Resize(ref _titlePrefixes, capacity);
        Array.Resize(ref _idPrefixes, capacity);
    }

    /// <summary>The contract's study orders over slots: nulls last, ties by id.</summary>
    private sealed class SlotOrder(StudyThemeSets sets, StudyOrder order, StudyCursor? cursor) : IComparer<int>
    {
        private readonly ulong _cursorTitlePrefix = cursor?.Text is { } text ? BinaryTextOrder.PrefixKey(text) : 0;
        private readonly ulong _cursorIdPrefix = cursor is null ? 0 : BinaryTextOrder.PrefixKey(cursor.Id);

        private readonly StudyOrder _order = order switch
        {
            StudyOrder.YearDesc or StudyOrder.YearAsc or StudyOrder.TitleAsc or StudyOrder.CitationsDesc => order,
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        };

        /// <summary>The heap's order: the worst kept slot (last in the page order) first.</summary>
        int IComparer<int>.Compare(int x, int y) => Compare(y, x);

        public int Compare(int x, int y) => _order == StudyOrder.TitleAsc
            ? Keys(CompareTitles(x, sets._titlePrefixes[y], sets._titleSorts[y]), x, sets._idPrefixes[y], sets._studyIds[y]!)
            : Keys(CompareNumbers(Number(x), Number(y)), x, sets._idPrefixes[y], sets._studyIds[y]!);

        public int CompareToCursor(int slot, StudyCursor cursor) => _order == StudyOrder.TitleAsc
            ? Keys(CompareTitles(slot, _cursorTitlePrefix, cursor.Text), slot, _cursorIdPrefix, cursor.Id)
            : Keys(CompareNumbers(Number(slot), cursor.Number), slot, _cursorIdPrefix, cursor.Id);

        private int CompareTitles(int slot, ulong otherPrefix, string? other)
        {
            var byPrefix = sets._titlePrefixes[slot].CompareTo(otherPrefix);
            return byPrefix != 0 ? byPrefix : BinaryTextOrder.Compare(sets._titleSorts[slot], other);
        }

        private int Keys(int byFirstKey, int slot, ulong otherIdPrefix, string otherId)
        {
            if (byFirstKey != 0)
            {
                return byFirstKey;
            }
            var byPrefix = sets._idPrefixes[slot].CompareTo(otherIdPrefix);
            return byPrefix != 0 ? byPrefix : BinaryTextOrder.Compare(sets._studyIds[slot], otherId);
        }

        private long? Number(int slot) => _order switch
        {
            StudyOrder.CitationsDesc => sets._citationCounts[slot],
            _ => sets._years[slot],
        };

        private int CompareNumbers(long? x, long? y)
        {
            if (x is null || y is null)
            {
                return (x is null).CompareTo(y is null);
            }
            return _order == StudyOrder.YearAsc ? x.Value.CompareTo(y.Value) : y.Value.CompareTo(x.Value);
        }
    }
}

/// <summary>
/// What <see cref="StudyThemeSets.Page"/> scans for. <paramref name="ThemeIds"/> are the themes with every descendant
/// already listed (null: no theme filter); each of <paramref name="StudyIdLists"/> allows only the studies it lists,
/// and <paramref name="AllowedSlots"/>, when given, only the slots set in it (a bitset of <see cref="StudyThemeSets.SlotOf"/>;
/// slots past its end are not allowed).
/// </summary>
public sealed record StudyPageScan(
    StudyOrder Order,
    int Limit,
    StudyCursor? After,
    IReadOnlyCollection<string>? ThemeIds,
    int? YearFrom,
    int? YearTo,
    IReadOnlyList<IReadOnlyCollection<string>> StudyIdLists,
    bool IncludeCount,
    ulong[]? AllowedSlots = null);

/// <summary>A study on a page with its sort keys (for its cursor).</summary>
public sealed record StudyPageKey(string Id, int? Year, int? CitationCount, string TitleSort);

public sealed record StudyKeysPage(IReadOnlyList<StudyPageKey> Keys, int? TotalCount);
