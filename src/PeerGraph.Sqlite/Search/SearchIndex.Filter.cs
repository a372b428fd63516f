using System.Numerics;
using System.Runtime.CompilerServices;
using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite.Search;

internal sealed partial class SearchIndex
{
    /// <summary>
    /// The ids of the studies whose document holds every word of <paramref name="text"/>, each as a whole term (no
    /// prefix), in any of its texts; unranked, in document order. The studies' text filter: what FTS5's
    /// <c>"w1" "w2" ...</c> matched on search_doc's study documents before the index took its place
    /// (TextFilterEquivalenceTests). No word: nothing. The store marks theme-set slots instead
    /// (<see cref="MarkStudiesWithEveryWord"/>); both read the same matches.
    /// </summary>
    public IReadOnlyList<string> StudiesWithEveryWord(string text)
    {
        var words = SearchTokenizer.Terms(text);
        if (words.Count == 0)
        {
            return [];
        }
        _lock.EnterReadLock();
        try
        {
            var ids = new IdsOfMatches(_docs, []);
            ForEachLiveStudyWithEveryWord(words, ref ids);
            return ids.Ids;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Sets in <paramref name="slots"/> (a bitset) the caller's slot of every study <see cref="StudiesWithEveryWord"/>
    /// finds; false when <paramref name="text"/> has no word (the filter then matches nothing). The caller numbers the
    /// studies its own way (the theme sets' slots): <paramref name="slotOf"/> gives a study's slot (-1: none), and
    /// <paramref name="memo"/> keeps it by document ordinal (slot + 1; 0: not looked up yet), so that a study is looked
    /// up by id once per memo instead of once per request (a dictionary probe and a few cache misses each, for tens of
    /// thousands of matches at 100,000 studies). The caller keeps the memo only while no slot it holds can change;
    /// requests may fill it at once (each writes the same value). A slot past <paramref name="slots"/> is left out.
    /// </summary>
    public bool MarkStudiesWithEveryWord(string text, int[] memo, Func<string, int> slotOf, ulong[] slots)
    {
        ArgumentNullException.ThrowIfNull(memo);
        ArgumentNullException.ThrowIfNull(slotOf);
        ArgumentNullException.ThrowIfNull(slots);
        var words = SearchTokenizer.Terms(text);
        if (words.Count == 0)
        {
            return false;
        }
        _lock.EnterReadLock();
        try
        {
            var marks = new SlotsOfMatches(_docs, memo, slotOf, slots);
            ForEachLiveStudyWithEveryWord(words, ref marks);
            return true;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>How many documents the index has held (live or dead): the size a memo by ordinal needs now.</summary>
    public int DocumentCount
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _docCount;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="sink"/> for every live study document holding every word, in ordinal order. When every
    /// word has a bitset (<see cref="DenseDocs"/>) and the rarest is not much rarer than a document per block, the
    /// bitsets are intersected with the live studies' 64 documents at a time; else the rarest word's postings are read
    /// and each live study among them is looked up in the other words (a bit each for a common word).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ForEachLiveStudyWithEveryWord<TSink>(IReadOnlyList<string> words, ref TSink sink) where TSink : struct, IMatchSink
    {
        var postings = new Postings[words.Count];
        var everyWordDense = true;
        for (var i = 0; i < words.Count; i++)
        {
            if (!_postings.TryGetValue(words[i], out var found))
            {
                return;
            }
            postings[i] = found;
            everyWordDense &= found.Dense is not null;
        }
        Array.Sort(postings, static (a, b) => a.Count.CompareTo(b.Count));
        var live = _liveStudies;
        var blocks = (_docCount + 63) >> 6;
        var rarest = postings[0];
        if (everyWordDense && 4L * rarest.Count >= blocks)
        {
            for (var b = 0; b < blocks; b++)
            {
                var bits = live[b];
                for (var w = 0; w < postings.Length && bits != 0; w++)
                {
                    var dense = postings[w].Dense!.Bits;
                    bits &= b < dense.Length ? dense[b] : 0;
                }
                for (; bits != 0; bits &= bits - 1)
                {
                    sink.Add((b << 6) + BitOperations.TrailingZeroCount(bits));
                }
            }
            return;
        }
        for (var k = 0; k < rarest.Count; k++)
        {
            var ordinal = rarest.Docs[k];
            if ((live[ordinal >> 6] & (1UL << (ordinal & 63))) != 0 && InEveryOther(postings, ordinal))
            {
                sink.Add(ordinal);
            }
        }
    }

    private static bool InEveryOther(Postings[] postings, int ordinal)
    {
        for (var w = 1; w < postings.Length; w++)
        {
            if (postings[w].IndexOf(ordinal) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private interface IMatchSink
    {
        void Add(int ordinal);
    }

    private readonly struct IdsOfMatches(Doc[] docs, List<string> ids) : IMatchSink
    {
        public List<string> Ids => ids;

        public void Add(int ordinal) => ids.Add(docs[ordinal].Node.Id);
    }

    private readonly struct SlotsOfMatches(Doc[] docs, int[] memo, Func<string, int> slotOf, ulong[] slots) : IMatchSink
    {
        public void Add(int ordinal)
        {
            int slot;
            if (ordinal < memo.Length && memo[ordinal] != 0)
            {
                slot = memo[ordinal] - 1;
            }
            else
            {
                slot = slotOf(docs[ordinal].Node.Id);
                if (slot < 0)
                {
                    // Not in the caller's studies (yet): not kept, so a study set there later is found.
                    return;
                }
                if (ordinal < memo.Length)
                {
                    memo[ordinal] = slot + 1;
                }
            }
            if ((slot >> 6) < slots.Length)
            {
                slots[slot >> 6] |= 1UL << (slot & 63);
            }
        }
    }
}
