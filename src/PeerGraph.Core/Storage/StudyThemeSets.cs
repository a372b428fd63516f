using System.Numerics;

namespace PeerGraph.Core.Storage;

/// <summary>
/// Each study's theme set (the distinct themes its findings name) held in memory as a row of bits, made for two
/// questions: the studies most like a given one by Jaccard similarity of theme sets, and a page of studies filtered by
/// themes and years in one of the study orders (StudyThemeSets.Pages.cs, with each study's sort keys).
/// Related studies are first looked up set by set, most similar first (StudyThemeSets.BySets.cs: a few hundred
/// dictionary probes on the load tests' graphs, whatever their size); when that would cost more than a scan, a request
/// scans every study's row once: with up to 64 themes that is one AND and one popcount per study, whatever the themes'
/// sizes; the top <c>first</c> are kept in a bounded heap. A write replaces one row and moves it between two sets'
/// groups (O(1), plus growing every row by one word when the 65th, 129th... theme appears), flips its bits in the
/// themes' columns, and, when its sort keys change, moves it in each sorted order (StudyThemeSets.Orders.cs).
/// Memory: (8 bytes per 64 themes + 24 + the id, its themes and its title sort key) per study, one group per distinct
/// theme set, a bit per study per theme (the columns) and 4 bytes per study per sorted order.
/// Writes must not run beside anything else; reads may run beside each other (see SqliteGraphStore.ThemeSets.cs).
/// Hand-written: no available package keeps bitset rows with a top-k Jaccard scan.
/// </summary>
public sealed partial class StudyThemeSets
{
    private readonly Dictionary<string, int> _themeBits = new(StringComparer.Ordinal);
    private readonly List<string> _themeIds = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeSlots = new();
    private int _words = 1;
    private ulong[] _bits = new ulong[64];
    private int[] _counts = new int[64];
    private string?[] _studyIds = new string?[64];
    private int[][] _themesInOrder = new int[64][];
    private int _slotCount;
    private readonly HashSet<string> _withoutSortKeys = new(StringComparer.Ordinal);

    public int Count => _slots.Count;

    /// <summary>Creates or replaces the study's theme set; <paramref name="themeIdsInOrder"/> in order of first mention, distinct.</summary>
    public void Set(string studyId, IReadOnlyList<string> themeIdsInOrder)
    {
        ArgumentNullException.ThrowIfNull(studyId);
        ArgumentNullException.ThrowIfNull(themeIdsInOrder);
        var themes = new int[themeIdsInOrder.Count];
        for (var i = 0; i < themes.Length; i++)
        {
            themes[i] = BitOf(themeIdsInOrder[i]);
        }
        if (!_slots.TryGetValue(studyId, out var slot))
        {
            slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : NewSlot();
            _slots.Add(studyId, slot);
        }
        UnindexRow(slot);
        RemoveFromColumns(slot);
        var row = _bits.AsSpan(slot * _words, _words);
        row.Clear();
        foreach (var bit in themes)
        {
            row[bit >> 6] |= 1UL << (bit & 63);
        }
        _counts[slot] = BitCount(row);
        IndexRow(slot);
        _studyIds[slot] = studyId;
        _themesInOrder[slot] = themes;
        AddToColumns(slot);
        // An existing study keeps its sort keys, and its place in the sorted orders, until they are given again.
        _withoutSortKeys.Add(studyId);
    }

    public void Remove(string studyId)
    {
        if (!_slots.Remove(studyId, out var slot))
        {
            return;
        }
        Removals++;
        RemoveFromOrders(slot);
        UnindexRow(slot);
        RemoveFromColumns(slot);
        _bits.AsSpan(slot * _words, _words).Clear();
        _counts[slot] = 0;
        _studyIds[slot] = null;
        _themesInOrder[slot] = [];
        ClearSortKeys(slot);
        _withoutSortKeys.Remove(studyId);
        _freeSlots.Push(slot);
    }

    /// <summary>
    /// Other studies sharing a theme, by similarity (descending), then shared themes (descending), then id (ordinal);
    /// at most <paramref name="first"/>. Each with the shared themes in the order the study names them first.
    /// Empty for an unknown study or one without themes.
    /// </summary>
    public IReadOnlyList<RelatedStudy> Related(string studyId, int first)
    {
        if (first <= 0 || !_slots.TryGetValue(studyId, out var source) || _counts[source] == 0)
        {
            return [];
        }
        if (TryRelatedBySets(source, first, out var found))
        {
            return Described(source, found);
        }
        // The worst kept candidate on top, so a better one replaces it.
        var best = new PriorityQueue<Candidate, Candidate>(first + 1, WorstFirst.Instance);
        var words = _words;
        var bits = _bits.AsSpan(0, _slotCount * words);
        var counts = _counts.AsSpan(0, _slotCount);
        var sourceRow = bits.Slice(source * words, words).ToArray();
        var sourceCount = counts[source];
        // Once the heap is full, a study whose similarity is below the worst kept one's is passed over with two
        // multiplications (shared / union compared as fractions, exactly) and one branch, which the processor learns to
        // predict: most studies are passed over. A removed slot has no bits, so it shares nothing.
        long worstShared = 0, worstUnion = 1;
        for (var slot = 0; slot < counts.Length; slot++)
        {
            var row = slot * words;
            var shared = BitOperations.PopCount(bits[row] & sourceRow[0]);
            for (var w = 1; w < words; w++)
            {
                shared += BitOperations.PopCount(bits[row + w] & sourceRow[w]);
            }
            var union = sourceCount + counts[slot] - shared;
            if ((shared == 0) | (shared * worstUnion < worstShared * union) || slot == source)
            {
                continue;
            }
            var candidate = new Candidate(slot, shared, union, _studyIds[slot]!);
            if (best.Count < first)
            {
                best.Enqueue(candidate, candidate);
            }
            else if (WorstFirst.Instance.Compare(candidate, best.Peek()) > 0)
            {
                best.EnqueueDequeue(candidate, candidate);
            }
            else
            {
                continue;
            }
            if (best.Count == first)
            {
                var worst = best.Peek();
                (worstShared, worstUnion) = (worst.Shared, worst.Union);
            }
        }
        var bestFirst = new Candidate[best.Count];
        for (var i = bestFirst.Length - 1; i >= 0; i--)
        {
            bestFirst[i] = best.Dequeue();
        }
        return Described(source, bestFirst);
    }

    private RelatedStudy[] Described(int source, IReadOnlyList<Candidate> bestFirst)
    {
        var result = new RelatedStudy[bestFirst.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var candidate = bestFirst[i];
            result[i] = new RelatedStudy(candidate.StudyId, SharedThemes(source, candidate.Slot), (double)candidate.Shared / candidate.Union);
        }
        return result;
    }

    private List<string> SharedThemes(int source, int other)
    {
        var shared = new List<string>();
        var offset = other * _words;
        foreach (var bit in _themesInOrder[source])
        {
            if ((_bits[offset + (bit >> 6)] & (1UL << (bit & 63))) != 0)
            {
                shared.Add(_themeIds[bit]);
            }
        }
        return shared;
    }

    private int BitOf(string themeId)
    {
        if (_themeBits.TryGetValue(themeId, out var bit))
        {
            return bit;
        }
        bit = _themeIds.Count;
        if (bit >= _words * 64)
        {
            Widen();
        }
        _themeIds.Add(themeId);
        _themeBits.Add(themeId, bit);
        return bit;
    }

    /// <summary>One more word per row (the themes outgrew the rows).</summary>
    private void Widen()
    {
        var words = _words + 1;
        var bits = new ulong[_counts.Length * words];
        for (var slot = 0; slot < _slotCount; slot++)
        {
            _bits.AsSpan(slot * _words, _words).CopyTo(bits.AsSpan(slot * words, words));
        }
        _bits = bits;
        _words = words;
        _bySet = null;
    }

    private int NewSlot()
    {
        if (_slotCount == _counts.Length)
        {
            var capacity = _counts.Length * 2;
            Array.Resize(ref _bits, capacity * _words);
            Array.Resize(ref _counts, capacity);
            Array.Resize(ref _studyIds, capacity);
            Array.Resize(ref _themesInOrder, capacity);
            ResizeSortKeys(capacity);
            ResizeColumns(capacity);
        }
        return _slotCount++;
    }

    private static int BitCount(ReadOnlySpan<ulong> row)
    {
        var count = 0;
        foreach (var word in row)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }

    /// <summary>A study sharing themes with the source: its similarity is <c>Shared / Union</c> (Jaccard).</summary>
    private readonly record struct Candidate(int Slot, int Shared, int Union, string StudyId);

    /// <summary>
    /// Orders candidates worst first: lower similarity, then fewer shared themes, then the greater id. Similarities are
    /// compared as fractions by cross-multiplying, which orders exactly as the doubles they are reported as.
    /// </summary>
    private sealed class WorstFirst : IComparer<Candidate>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare(Candidate x, Candidate y)
        {
            var bySimilarity = ((long)x.Shared * y.Union).CompareTo((long)y.Shared * x.Union);
            if (bySimilarity != 0)
            {
                return bySimilarity;
            }
            var byShared = x.Shared.CompareTo(y.Shared);
            return byShared != 0 ? byShared : string.CompareOrdinal(y.StudyId, x.StudyId);
        }
    }
}
