using System.Numerics;
using System.Runtime.CompilerServices;

namespace PeerGraph.Sqlite.Search;

internal sealed partial class SearchIndex
{
    /// <summary>
    /// A common term's documents as a bitset, 64 documents a block, with the number of its postings entries before each
    /// block (a rank directory): whether a document holds the term is one bit, and where its weight is in the postings
    /// is a population count, not a binary search. Made at <see cref="Seal"/> for the common terms
    /// (<see cref="GiveCommonTermsBitsets"/>); a document added later has the greatest ordinal so far, so it is set at
    /// the end. Costs 12 bytes per 64 documents of the index for each such term.
    /// </summary>
    private sealed class DenseDocs
    {
        private ulong[] _bits;
        private int[] _entriesBefore;

        public DenseDocs(Postings postings, int documentCount)
        {
            var blocks = Math.Max(1, (documentCount + 63) >> 6);
            _bits = new ulong[blocks];
            _entriesBefore = new int[blocks];
            for (var k = 0; k < postings.Count; k++)
            {
                Add(postings.Docs[k], k);
            }
        }

        /// <summary>Blocks up to the last one holding a document of the term.</summary>
        public int Blocks { get; private set; }

        public ReadOnlySpan<ulong> Bits => _bits.AsSpan(0, Blocks);

        /// <summary>Sets <paramref name="ordinal"/>, greater than any set before, as the postings' entry <paramref name="entry"/>.</summary>
        public void Add(int ordinal, int entry)
        {
            var block = ordinal >> 6;
            if (block >= _bits.Length)
            {
                var size = Math.Max(block + 1, _bits.Length * 2);
                Array.Resize(ref _bits, size);
                Array.Resize(ref _entriesBefore, size);
            }
            while (Blocks <= block)
            {
                _entriesBefore[Blocks++] = entry;
            }
            _bits[block] |= 1UL << (ordinal & 63);
        }

        public bool Contains(int ordinal)
        {
            var block = ordinal >> 6;
            return block < Blocks && (_bits[block] & (1UL << (ordinal & 63))) != 0;
        }

        /// <summary>The postings entry of <paramref name="ordinal"/>, which <see cref="Contains"/>.</summary>
        public int EntryOf(int ordinal)
        {
            var block = ordinal >> 6;
            return _entriesBefore[block] + BitOperations.PopCount(_bits[block] & ((1UL << (ordinal & 63)) - 1));
        }
    }

    /// <summary>
    /// Whether the bitsets are the cheaper way: the rarest word has at least a document per block of 64 (reading its
    /// postings would cost more than a pass over the blocks), some term searched has a bitset already, and the terms
    /// that have none are short (their bits are set one by one).
    /// </summary>
    private bool ByBitsPays(List<Postings[]> matches)
    {
        var blocks = (_docCount + 63) >> 6;
        if (TotalCount(matches[0]) < blocks)
        {
            return false;
        }
        long withoutBits = 0;
        var withBits = false;
        foreach (var terms in matches)
        {
            foreach (var postings in terms)
            {
                if (postings.Dense is null)
                {
                    withoutBits += postings.Count;
                }
                else
                {
                    withBits = true;
                }
            }
        }
        return withBits && withoutBits <= 4L * blocks;
    }

    /// <summary>
    /// Every match scored by bits: each word's documents as a bitset (its common terms' <see cref="DenseDocs"/>, the
    /// others' postings set bit by bit), intersected 64 documents at a time, and only the documents in every word
    /// scored. Two common words of the generated 100,000 studies share a median of 1,700 of their 15,000 and 38,000
    /// documents: those are read, not the 53,000 postings entries. They are scored term by term (AddTermScores), so
    /// each term's weights are read in ascending order: scored document by document, each document looking its weight
    /// up in every term, the weight reads missed the cache and were a quarter of a search's time at 100,000 studies.
    /// Scores are added up word by word and term by term, in the order of the other ways.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<SearchIndexHit> SearchByBits(List<Postings[]> matches, int first, Scratch scratch)
    {
        var blocks = (_docCount + 63) >> 6;
        var shared = scratch.SharedBits(blocks);
        var word = scratch.WordBits(blocks);
        for (var w = 0; w < matches.Count; w++)
        {
            var target = w == 0 ? shared : word;
            target.Clear();
            foreach (var postings in matches[w])
            {
                if (postings.Dense is { } dense)
                {
                    var bits = dense.Bits;
                    for (var b = 0; b < bits.Length; b++)
                    {
                        target[b] |= bits[b];
                    }
                }
                else
                {
                    for (var k = 0; k < postings.Count; k++)
                    {
                        var ordinal = postings.Docs[k];
                        target[ordinal >> 6] |= 1UL << (ordinal & 63);
                    }
                }
            }
            if (w > 0)
            {
                for (var b = 0; b < blocks; b++)
                {
                    shared[b] &= word[b];
                }
            }
        }

        // The documents in every word, live, in ascending order; then scored term by term (each term's entries read
        // in order, not looked up per document across all terms), word by word and term by term as the other ways add.
        var count = 0;
        for (var b = 0; b < blocks; b++)
        {
            count += BitOperations.PopCount(shared[b]);
        }
        scratch.EnsureCandidates(count);
        var docs = scratch.CandidateDocs;
        var scores = scratch.CandidateScores;
        var hit = scratch.CandidateHit;
        var dead = _dead;
        count = 0;
        for (var b = 0; b < blocks; b++)
        {
            for (var rest = shared[b]; rest != 0; rest &= rest - 1)
            {
                var ordinal = (b << 6) + BitOperations.TrailingZeroCount(rest);
                if (!dead[ordinal])
                {
                    docs[count] = ordinal;
                    scores[count] = 0;
                    count++;
                }
            }
        }
        foreach (var terms in matches)
        {
            foreach (var postings in terms)
            {
                AddTermScores(postings, Idf(postings.Count), docs, scores, hit, count);
            }
        }
        var best = new BestHits(first, _docs);
        for (var i = 0; i < count; i++)
        {
            best.Offer(docs[i], scores[i]);
        }
        return Hits(best.Heap);
    }
}
