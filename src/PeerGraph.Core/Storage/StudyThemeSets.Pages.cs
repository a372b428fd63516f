using System.Buffers;
using System.Numerics;

namespace PeerGraph.Core.Storage;

/// <summary>
/// Pages of studies from the rows: each study's sort keys (year, citation count, title sort key) beside its theme bits.
/// The filters make a bitset of the studies allowed: themes through their columns (StudyThemeSets.Columns.cs), id lists
/// (from the store's other filters) and a given bitset (the text filter's matches); the year range is checked on each.
/// The matches are counted (a population count per 64 studies without a year range), then the page is taken one of
/// two ways: when matches are many, the order's sorted slots (StudyThemeSets.Orders.cs) are read from the cursor until
/// <c>limit</c> pass the filter (about limit × studies / matches slots read); when they are few, every match after the
/// cursor is compared with a bounded heap of the best (O(matches × log limit)).
/// Cost: O(studies / 64) words per theme and per list, plus the count (each allowed study's year when there is a year
/// range) and the page; a write changes one row and a bit per theme, and moves the study in each sorted order only
/// when its sort keys change.
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

    /// <summary>Studies set since their sort keys were last given (<see cref="SetSortKeys"/>): no page is made until they are.</summary>
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
        _withoutSortKeys.Remove(studyId);
        if (_titleSorts[slot] == titleSort && _years[slot] == year && _citationCounts[slot] == citationCount)
        {
            return true;
        }
        RemoveFromOrders(slot);
        _years[slot] = year;
        _citationCounts[slot] = citationCount;
        _titleSorts[slot] = titleSort;
        _titlePrefixes[slot] = BinaryTextOrder.PrefixKey(titleSort);
        _idPrefixes[slot] = BinaryTextOrder.PrefixKey(studyId);
        AddToOrders(slot);
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
            var filter = new SlotFilter(this, allowed, blocks, scan.YearFrom, scan.YearTo);
            var matches = filter.Count();
            if (scan.Limit == 0 || matches == 0 || NothingAfter(scan))
            {
                return new StudyKeysPage([], scan.IncludeCount ? matches : null);
            }
            // Reading the order from the cursor visits about limit × studies / matches slots; keeping the best of the
            // matches costs a comparison or more per match. The two meet where matches² = limit × studies.
            var keys = (long)matches * matches >= (long)Math.Max(1, scan.Limit) * _slots.Count
                ? FirstInOrder(scan, filter)
                : BestOfMatches(scan, filter);
            return new StudyKeysPage(keys, scan.IncludeCount ? matches : null);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The order's sorted slots read from the cursor until <c>Limit</c> of them pass the filter.</summary>
    private StudyPageKey[] FirstInOrder(StudyPageScan scan, SlotFilter filter)
    {
        var sorted = InOrder(scan.Order);
        var start = scan.After is { } after ? sorted.FirstAfter(after, new SlotOrder(this, scan.Order, after)) : 0;
        // In a year order the range is one run of the list (nulls, outside every range, come last): read only that run,
        // so that a range far down the order is not reached by reading past the rest.
        var end = sorted.Count;
        if (scan.Order is StudyOrder.YearDesc or StudyOrder.YearAsc && (scan.YearFrom ?? scan.YearTo) is not null)
        {
            var (low, high) = (scan.YearFrom ?? int.MinValue, scan.YearTo ?? int.MaxValue);
            var (first, last) = scan.Order == StudyOrder.YearDesc ? (high, low) : (low, high);
            var descending = scan.Order == StudyOrder.YearDesc;
            start = Math.Max(start, sorted.FirstWhere(slot => _years[slot] is not { } year || (descending ? year <= first : year >= first)));
            end = sorted.FirstWhere(slot => _years[slot] is not { } year || (descending ? year < last : year > last));
        }
        var keys = new List<StudyPageKey>(scan.Limit);
        for (var i = start; i < end && keys.Count < scan.Limit; i++)
        {
            var slot = sorted[i];
            if (filter.Passes(slot))
            {
                keys.Add(KeyOf(slot));
            }
        }
        return [.. keys];
    }

    /// <summary>Every match after the cursor compared with a bounded heap of the best <c>Limit</c>.</summary>
    private StudyPageKey[] BestOfMatches(StudyPageScan scan, SlotFilter filter)
    {
        var best = new BestSlots(new SlotOrder(this, scan.Order, scan.After), scan.After, scan.Limit);
        filter.ForEach(ref best);
        var keys = new StudyPageKey[best.Heap.Count];
        for (var i = keys.Length - 1; i >= 0; i--)
        {
            keys[i] = KeyOf(best.Heap.Dequeue());
        }
        return keys;
    }

    /// <summary>A title cursor without its title is after nothing (as SQL's comparison with NULL).</summary>
    private static bool NothingAfter(StudyPageScan scan) => scan.After is { Text: null } && scan.Order == StudyOrder.TitleAsc;

    private StudyPageKey KeyOf(int slot) => new(_studyIds[slot]!, _years[slot], _citationCounts[slot], _titleSorts[slot]!);

    private interface ISlotVisitor
    {
        void Visit(int slot);
    }

    /// <summary>The best <c>limit</c> slots after the cursor, the worst kept on top of the heap.</summary>
    private struct BestSlots(SlotOrder order, StudyCursor? after, int limit) : ISlotVisitor
    {
        public readonly PriorityQueue<int, int> Heap = new(limit + 1, order);

        public readonly void Visit(int slot)
        {
            if (after is not null && order.CompareToCursor(slot, after) <= 0)
            {
                return;
            }
            if (Heap.Count < limit)
            {
                Heap.Enqueue(slot, slot);
            }
            else if (order.Compare(slot, Heap.Peek()) < 0)
            {
                Heap.EnqueueDequeue(slot, slot);
            }
        }
    }

    private struct Counter : ISlotVisitor
    {
        public int Count;

        public void Visit(int slot) => Count++;
    }

    /// <summary>
    /// The studies a page may list: the live ones set in <c>allowed</c> (every live study when null) within the year
    /// range. Without a year range they are counted a word at a time.
    /// </summary>
    private readonly struct SlotFilter(StudyThemeSets sets, ulong[]? allowed, int blocks, int? yearFrom, int? yearTo)
    {
        public bool Passes(int slot) =>
            (allowed is null || (allowed[slot >> 6] & (1UL << (slot & 63))) != 0) && sets._studyIds[slot] is not null && InYears(slot);

        public int Count()
        {
            if (yearFrom is null && yearTo is null)
            {
                return allowed is null ? sets._slots.Count : sets.CountLive(allowed, blocks);
            }
            var counter = new Counter();
            ForEach(ref counter);
            return counter.Count;
        }

        public void ForEach<TVisitor>(ref TVisitor visitor) where TVisitor : struct, ISlotVisitor
        {
            if (allowed is null)
            {
                for (var slot = 0; slot < sets._slotCount; slot++)
                {
                    if (sets._studyIds[slot] is not null && InYears(slot))
                    {
                        visitor.Visit(slot);
                    }
                }
                return;
            }
            for (var b = 0; b < blocks; b++)
            {
                for (var bits = allowed[b]; bits != 0; bits &= bits - 1)
                {
                    var slot = (b << 6) + BitOperations.TrailingZeroCount(bits);
                    if (sets._studyIds[slot] is not null && InYears(slot))
                    {
                        visitor.Visit(slot);
                    }
                }
            }
        }

        private bool InYears(int slot)
        {
            if (yearFrom is { } from && !(sets._years[slot] >= from))
            {
                return false;
            }
            return yearTo is not { } to || sets._years[slot] <= to;
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
