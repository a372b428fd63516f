namespace PeerGraph.Core.Storage;

/// <summary>
/// Every study's slot in each of the contract's orders, so that a page whose filters match many studies reads the
/// order from its cursor and stops after <c>limit</c> matches, instead of comparing every match with a heap of the best
/// (StudyThemeSets.Pages.cs chooses). An order's list is sorted on the first page that wants it (O(n log n) comparisons,
/// once after a load or a rebuild, in that page's request); from then on a write that changes a study's sort keys
/// moves its slot in each sorted list: two binary searches and two shifts of up to n slots, 4 bytes each (up to 400 KB
/// at 100,000 studies) per order. A write that leaves the keys as they were (most do) moves nothing.
/// Writes hold the sets alone (see StudyThemeSets); pages share them, so the first sort is made under a lock of its own.
/// </summary>
public sealed partial class StudyThemeSets
{
    private readonly SlotsInOrder?[] _inOrder = new SlotsInOrder?[4];
    private readonly Lock _sortingGate = new();

    /// <summary>The slots of every study with sort keys, in <paramref name="order"/>; sorted on first use.</summary>
    private SlotsInOrder InOrder(StudyOrder order)
    {
        var index = (int)order;
        if (Volatile.Read(ref _inOrder[index]) is { } sorted)
        {
            return sorted;
        }
        lock (_sortingGate)
        {
            if (_inOrder[index] is { } sortedMeanwhile)
            {
                return sortedMeanwhile;
            }
            var slots = new int[Math.Max(64, _slots.Count)];
            var count = 0;
            for (var slot = 0; slot < _slotCount; slot++)
            {
                if (_titleSorts[slot] is not null)
                {
                    slots[count++] = slot;
                }
            }
            var comparer = new SlotOrder(this, order, null);
            // The page order (SlotOrder as an IComparer<int> is the heap's order, the reverse).
            Array.Sort(slots, 0, count, Comparer<int>.Create(comparer.Compare));
            var made = new SlotsInOrder(slots, count, comparer);
            Volatile.Write(ref _inOrder[index], made);
            return made;
        }
    }

    /// <summary>Before the slot's sort keys change or go: out of every sorted list (it must still hold its keys).</summary>
    private void RemoveFromOrders(int slot)
    {
        if (_titleSorts[slot] is null)
        {
            return;
        }
        for (var i = 0; i < _inOrder.Length; i++)
        {
            if (_inOrder[i] is { } sorted && !sorted.Remove(slot))
            {
                // Not where its keys place it (it cannot be, while keys change only here): rather than fail a write
                // already committed, the list is let go and sorted again by the next page that wants it.
                _inOrder[i] = null;
            }
        }
    }

    /// <summary>Once the slot has its sort keys: into every sorted list.</summary>
    private void AddToOrders(int slot)
    {
        foreach (var sorted in _inOrder)
        {
            sorted?.Add(slot);
        }
    }

    /// <summary>One order's slots, sorted; a total order (ties by id), so each slot has one place.</summary>
    private sealed class SlotsInOrder(int[] slots, int count, SlotOrder order)
    {
        private int[] _slots = slots;

        public int Count { get; private set; } = count;

        public int this[int index] => _slots[index];

        /// <summary>The index of the first slot strictly after <paramref name="cursor"/>.</summary>
        public int FirstAfter(StudyCursor cursor, SlotOrder cursorOrder) => FirstWhere(slot => cursorOrder.CompareToCursor(slot, cursor) > 0);

        /// <summary>The index of the first slot for which <paramref name="reached"/> holds (false, then true, down the list).</summary>
        public int FirstWhere(Func<int, bool> reached)
        {
            int low = 0, high = Count;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (reached(_slots[middle]))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }
            return low;
        }

        public void Add(int slot)
        {
            var at = PlaceOf(slot);
            if (Count == _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
            }
            Array.Copy(_slots, at, _slots, at + 1, Count - at);
            _slots[at] = slot;
            Count++;
        }

        /// <summary>False when the slot is not where its keys place it (then nothing is removed).</summary>
        public bool Remove(int slot)
        {
            var at = PlaceOf(slot);
            if (at == Count || _slots[at] != slot)
            {
                return false;
            }
            Array.Copy(_slots, at + 1, _slots, at, Count - at - 1);
            Count--;
            return true;
        }

        /// <summary>The index of <paramref name="slot"/> if listed, else where it belongs.</summary>
        private int PlaceOf(int slot) => FirstWhere(other => order.Compare(other, slot) >= 0);
    }
}
