using System.Runtime.Intrinsics.X86;

namespace PeerGraph.Core.Storage;

/// <summary>
/// Related studies found set by set instead of by scanning every row. A study X sharing m of the source's s themes and
/// having e themes the source lacks has similarity m / (s + e): every study with the same (m, e) ties on similarity and
/// on shared themes, and is ordered by id. So the (m, e) levels are visited best first, each level's theme sets are
/// looked up in <see cref="SlotsByThemeSet"/>, and the walk stops as soon as <c>first</c> studies are found: ties are
/// complete, as every study of a level is found before the next level. On the generator's graphs (40 themes, 2 to 6 a
/// study) this looks up a few hundred sets where the scan reads 100,000 rows. A level's sets are counted before they
/// are looked up; when the lookups would pass the budget (a share of the studies, where the scan becomes cheaper) the
/// caller scans instead, so a request never costs much more than the scan.
/// </summary>
public sealed partial class StudyThemeSets
{
    /// <summary>
    /// Theme sets looked up, per study in the graph, before scanning is cheaper: a lookup (a dictionary probe and the
    /// set's bits) costs about as much as scanning a few rows, and a search that gives up has spent the lookups in vain.
    /// </summary>
    public const double DefaultSetLookupsPerStudy = 1.0 / 16;

    private readonly double _setLookupsPerStudy;

    /// <summary>Null once themes outgrow one word of bits: from then on related studies are found by the scan.</summary>
    private SlotsByThemeSet? _bySet = new();

    /// <summary>The most themes any study has had (never lowered: it only bounds how many themes a study may lack).</summary>
    private int _mostThemes;

    /// <param name="setLookupsPerStudy">
    /// The budget of the set-by-set search (<see cref="DefaultSetLookupsPerStudy"/>); 0 always scans, infinity never does.
    /// </param>
    public StudyThemeSets(double setLookupsPerStudy = DefaultSetLookupsPerStudy)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(setLookupsPerStudy);
        _setLookupsPerStudy = setLookupsPerStudy;
    }

    private void IndexRow(int slot)
    {
        if (_bySet is not null && _counts[slot] > 0)
        {
            _bySet.Add(_bits[slot], slot);
        }
        _mostThemes = Math.Max(_mostThemes, _counts[slot]);
    }

    private void UnindexRow(int slot)
    {
        if (_bySet is not null && _counts[slot] > 0)
        {
            _bySet.Remove(_bits[slot], slot);
        }
    }

    /// <summary>False when the search would look up more sets than its budget allows (then the caller scans).</summary>
    private bool TryRelatedBySets(int source, int first, out List<Candidate> found)
    {
        found = [];
        if (_bySet is null)
        {
            return false;
        }
        var sourceSet = _bits[source];
        var sourceCount = _counts[source];
        var themesInUse = _themeIds.Count == 64 ? ulong.MaxValue : (1UL << _themeIds.Count) - 1;
        var otherThemes = themesInUse & ~sourceSet;
        var otherCount = _themeIds.Count - sourceCount;
        var budget = _setLookupsPerStudy * _slots.Count;
        var spent = 0.0;
        var level = new List<int>();
        foreach (var (shared, lacked) in LevelsBestFirst(sourceCount, otherCount))
        {
            spent += Combinations.Count(sourceCount, shared) * Combinations.Count(otherCount, lacked);
            if (spent > budget)
            {
                return false;
            }
            level.Clear();
            var ofSource = Combinations.First(shared);
            do
            {
                var sourcePart = Combinations.Spread(ofSource, sourceSet);
                var ofOthers = Combinations.First(lacked);
                do
                {
                    if (_bySet.SlotsWith(sourcePart | Combinations.Spread(ofOthers, otherThemes)) is { } slots)
                    {
                        level.AddRange(slots);
                    }
                }
                while (Combinations.Next(ref ofOthers, otherCount));
            }
            while (Combinations.Next(ref ofSource, sourceCount));
            level.Remove(source);
            foreach (var slot in FirstById(level, first - found.Count))
            {
                found.Add(new Candidate(slot, shared, sourceCount + lacked, _studyIds[slot]!));
            }
            if (found.Count == first)
            {
                return true;
            }
        }
        return true;
    }

    /// <summary>
    /// The <paramref name="count"/> slots of <paramref name="level"/> with the smallest study ids, in id order. A common
    /// theme set can hold thousands of studies, of which a page wants five: they are picked with a bounded heap
    /// rather than by sorting the level.
    /// </summary>
    private IEnumerable<int> FirstById(List<int> level, int count)
    {
        if (level.Count <= count)
        {
            level.Sort((x, y) => string.CompareOrdinal(_studyIds[x], _studyIds[y]));
            return level;
        }
        var largestFirst = new PriorityQueue<int, string>(count + 1, LargestFirst.Instance);
        foreach (var slot in level)
        {
            var id = _studyIds[slot]!;
            if (largestFirst.Count < count)
            {
                largestFirst.Enqueue(slot, id);
            }
            else if (largestFirst.TryPeek(out _, out var largest) && string.CompareOrdinal(id, largest) < 0)
            {
                largestFirst.EnqueueDequeue(slot, id);
            }
        }
        var smallest = new int[largestFirst.Count];
        for (var i = smallest.Length - 1; i >= 0; i--)
        {
            smallest[i] = largestFirst.Dequeue();
        }
        return smallest;
    }

    private sealed class LargestFirst : IComparer<string>
    {
        public static LargestFirst Instance { get; } = new();

        public int Compare(string? x, string? y) => string.CompareOrdinal(y, x);
    }

    /// <summary>
    /// Every (shared, lacked) pair a study could have against a source of <paramref name="sourceCount"/> themes, best
    /// first: higher similarity shared / (sourceCount + lacked), then more shared themes.
    /// </summary>
    private List<(int Shared, int Lacked)> LevelsBestFirst(int sourceCount, int otherCount)
    {
        var levels = new List<(int Shared, int Lacked)>();
        for (var shared = 1; shared <= sourceCount; shared++)
        {
            for (var lacked = 0; lacked <= Math.Min(_mostThemes - shared, otherCount); lacked++)
            {
                levels.Add((shared, lacked));
            }
        }
        levels.Sort((x, y) =>
        {
            var bySimilarity = ((long)y.Shared * (sourceCount + x.Lacked)).CompareTo((long)x.Shared * (sourceCount + y.Lacked));
            return bySimilarity != 0 ? bySimilarity : y.Shared.CompareTo(x.Shared);
        });
        return levels;
    }

    /// <summary>The subsets of a given size of a word's bits.</summary>
    private static class Combinations
    {
        /// <summary>n choose k, as a double (it only feeds a budget, where a huge count just means "too many").</summary>
        public static double Count(int n, int k)
        {
            var count = 1.0;
            for (var i = 1; i <= k; i++)
            {
                count = count * (n - k + i) / i;
            }
            return count;
        }

        /// <summary>
        /// The first subset of <paramref name="size"/> positions: positions are numbers whose set bits pick which of a
        /// word's set bits are in the subset (see <see cref="Spread"/>); 0 for the empty subset.
        /// </summary>
        public static ulong First(int size) => size == 64 ? ulong.MaxValue : (1UL << size) - 1;

        /// <summary>
        /// Moves to the next subset of as many of <paramref name="n"/> positions (Gosper's hack: the next larger number
        /// with as many bits); false when there is none.
        /// </summary>
        public static bool Next(ref ulong positions, int n)
        {
            if (positions == 0)
            {
                return false;
            }
            var lowest = positions & (~positions + 1);
            var carried = positions + lowest;
            if (carried == 0)
            {
                return false;
            }
            positions = (((carried ^ positions) >> 2) / lowest) | carried;
            return n >= 64 || positions >> n == 0;
        }

        /// <summary>Bit i of <paramref name="positions"/> moved onto the i-th set bit of <paramref name="bits"/>.</summary>
        public static ulong Spread(ulong positions, ulong bits)
        {
            if (Bmi2.X64.IsSupported)
            {
                return Bmi2.X64.ParallelBitDeposit(positions, bits);
            }
            var spread = 0UL;
            for (; positions != 0 && bits != 0; positions >>= 1)
            {
                var lowestBit = bits & (~bits + 1);
                if ((positions & 1) != 0)
                {
                    spread |= lowestBit;
                }
                bits ^= lowestBit;
            }
            return spread;
        }
    }
}
