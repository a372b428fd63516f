namespace PeerGraph.Core.Storage;

/// <summary>
/// Pages of studies from the rows: each study's sort keys (year, citation count, title sort key) beside its theme bits.
/// A page is one pass over the rows: the filters are a year range, an AND of the row with a mask of themes, and
/// sets of allowed studies given as id lists (from the store's other filters); every match is counted and the first
/// <c>limit</c> after the cursor, in the order, are kept in a bounded heap. Cost: O(studies) small-row checks plus
/// O(matches × log limit), whatever the filters' sizes; a write changes one row.
/// Text compares as SQLite's BINARY collation does (UTF-8 bytes), so pages and cursors agree with the SQL store's.
/// </summary>
public sealed partial class StudyThemeSets
{
    private int?[] _years = new int?[64];
    private int?[] _citationCounts = new int?[64];
    private string?[] _titleSorts = new string?[64];
    // The titles' first characters as one number (BinaryTextOrder.PrefixKey): most title comparisons end there.
    private ulong[] _titlePrefixes = new ulong[64];

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
        var themeMask = scan.ThemeIds is null ? null : ThemeMask(scan.ThemeIds);
        var allowed = AllowedSlots(scan.StudyIdLists);
        var order = new SlotOrder(this, scan.Order, scan.After);
        var after = scan.After;
        // A title cursor without its title is after nothing (as SQL's comparison with NULL).
        var nothingAfter = after is { Text: null } && scan.Order == StudyOrder.TitleAsc;
        var best = new PriorityQueue<int, int>(scan.Limit + 1, order);
        var total = 0;
        var words = _words;
        for (var slot = 0; slot < _slotCount; slot++)
        {
            if (_studyIds[slot] is null)
            {
                continue;
            }
            if (scan.YearFrom is { } from && !(_years[slot] >= from))
            {
                continue;
            }
            if (scan.YearTo is { } to && !(_years[slot] <= to))
            {
                continue;
            }
            if (themeMask is not null && !SharesABit(slot * words, themeMask))
            {
                continue;
            }
            if (allowed is not null && (allowed[slot >> 6] & (1UL << (slot & 63))) == 0)
            {
                continue;
            }
            total++;
            if (after is not null && (nothingAfter || order.CompareToCursor(slot, after) <= 0))
            {
                continue;
            }
            if (best.Count < scan.Limit)
            {
                best.Enqueue(slot, slot);
            }
            else if (scan.Limit > 0 && order.Compare(slot, best.Peek()) < 0)
            {
                best.EnqueueDequeue(slot, slot);
            }
        }
        var keys = new StudyPageKey[best.Count];
        for (var i = keys.Length - 1; i >= 0; i--)
        {
            var slot = best.Dequeue();
            keys[i] = new StudyPageKey(_studyIds[slot]!, _years[slot], _citationCounts[slot], _titleSorts[slot]!);
        }
        return new StudyKeysPage(keys, scan.IncludeCount ? total : null);
    }

    private bool SharesABit(int offset, ulong[] mask)
    {
        for (var w = 0; w < mask.Length; w++)
        {
            if ((_bits[offset + w] & mask[w]) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The bits of the themes; a theme no study names has no bit and matches nothing.</summary>
    private ulong[] ThemeMask(IEnumerable<string> themeIds)
    {
        var mask = new ulong[_words];
        foreach (var themeId in themeIds)
        {
            if (_themeBits.TryGetValue(themeId, out var bit))
            {
                mask[bit >> 6] |= 1UL << (bit & 63);
            }
        }
        return mask;
    }

    /// <summary>The slots in every list (null when there is no list); ids not in the sets are left out.</summary>
    private ulong[]? AllowedSlots(IReadOnlyList<IReadOnlyCollection<string>> idLists)
    {
        ulong[]? allowed = null;
        foreach (var ids in idLists)
        {
            var these = new ulong[(_slotCount + 63) >> 6];
            foreach (var id in ids)
            {
                if (_slots.TryGetValue(id, out var slot))
                {
                    these[slot >> 6] |= 1UL << (slot & 63);
                }
            }
            if (allowed is null)
            {
                allowed = these;
            }
            else
            {
                for (var w = 0; w < allowed.Length; w++)
                {
                    allowed[w] &= these[w];
                }
            }
        }
        return allowed;
    }

    private void ClearSortKeys(int slot)
    {
        _years[slot] = null;
        _citationCounts[slot] = null;
        _titleSorts[slot] = null;
        _titlePrefixes[slot] = 0;
    }

    private void ResizeSortKeys(int capacity)
    {
        Array.Resize(ref _years, capacity);
        Array.Resize(ref _citationCounts, capacity);
        Array.Resize(ref _titleSorts, capacity);
        Array.Resize(ref _titlePrefixes, capacity);
    }

    /// <summary>The contract's study orders over slots: nulls last, ties by id.</summary>
    private sealed class SlotOrder(StudyThemeSets sets, StudyOrder order, StudyCursor? cursor) : IComparer<int>
    {
        private readonly ulong _cursorTitlePrefix = cursor?.Text is { } text ? BinaryTextOrder.PrefixKey(text) : 0;


        private readonly StudyOrder _order = order switch
        {
            StudyOrder.YearDesc or StudyOrder.YearAsc or StudyOrder.TitleAsc or StudyOrder.CitationsDesc => order,
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        };

        /// <summary>The heap's order: the worst kept slot (last in the page order) first.</summary>
        int IComparer<int>.Compare(int x, int y) => Compare(y, x);

        public int Compare(int x, int y) => _order == StudyOrder.TitleAsc
            ? Keys(CompareTitles(x, sets._titlePrefixes[y], sets._titleSorts[y]), x, sets._studyIds[y]!)
            : Keys(CompareNumbers(Number(x), Number(y)), x, sets._studyIds[y]!);

        public int CompareToCursor(int slot, StudyCursor cursor) => _order == StudyOrder.TitleAsc
            ? Keys(CompareTitles(slot, _cursorTitlePrefix, cursor.Text), slot, cursor.Id)
            : Keys(CompareNumbers(Number(slot), cursor.Number), slot, cursor.Id);

        private int CompareTitles(int slot, ulong otherPrefix, string? other)
        {
            var byPrefix = sets._titlePrefixes[slot].CompareTo(otherPrefix);
            return byPrefix != 0 ? byPrefix : BinaryTextOrder.Compare(sets._titleSorts[slot], other);
        }

        private int Keys(int byFirstKey, int slot, string otherId) =>
            byFirstKey != 0 ? byFirstKey : BinaryTextOrder.Compare(sets._studyIds[slot], otherId);

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
/// already listed (null: no theme filter); each of <paramref name="StudyIdLists"/> allows only the studies it lists.
/// </summary>
public sealed record StudyPageScan(
    StudyOrder Order,
    int Limit,
    StudyCursor? After,
    IReadOnlyCollection<string>? ThemeIds,
    int? YearFrom,
    int? YearTo,
    IReadOnlyList<IReadOnlyCollection<string>> StudyIdLists,
    bool IncludeCount);

/// <summary>A study on a page with its sort keys (for its cursor).</summary>
public sealed record StudyPageKey(string Id, int? Year, int? CitationCount, string TitleSort);

public sealed record StudyKeysPage(IReadOnlyList<StudyPageKey> Keys, int? TotalCount);
