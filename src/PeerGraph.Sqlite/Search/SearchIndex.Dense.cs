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
    /// the end. Each block also keeps the highest weight of the term's documents there, a bound that lets a search pass
    /// over blocks that cannot enter its top k (<see cref="ScoreBlocks"/>). Costs 16 bytes per 64 documents of the index
    /// for each such term.
    /// </summary>
    private sealed class DenseDocs
    {
        public const int BytesPerBlock = 16;

        private ulong[] _bits;
        private int[] _entriesBefore;
        private float[] _highestWeight;

        public DenseDocs(Postings postings, int documentCount)
        {
            var blocks = Math.Max(1, (documentCount + 63) >> 6);
            _bits = new ulong[blocks];
            _entriesBefore = new int[blocks];
            _highestWeight = new float[blocks];
            for (var k = 0; k < postings.Count; k++)
            {
                Add(postings.Docs[k], k, postings.Weights[k]);
            }
        }

        /// <summary>Blocks up to the last one holding a document of the term.</summary>
        public int Blocks { get; private set; }

        public ReadOnlySpan<ulong> Bits => _bits.AsSpan(0, Blocks);

        /// <summary>Sets <paramref name="ordinal"/>, greater than any set before, as the postings' entry <paramref name="entry"/>.</summary>
        public void Add(int ordinal, int entry, float weight)
        {
            var block = ordinal >> 6;
            if (block >= _bits.Length)
            {
                var size = Math.Max(block + 1, _bits.Length * 2);
                Array.Resize(ref _bits, size);
                Array.Resize(ref _entriesBefore, size);
                Array.Resize(ref _highestWeight, size);
            }
            while (Blocks <= block)
            {
                _entriesBefore[Blocks++] = entry;
            }
            _bits[block] |= 1UL << (ordinal & 63);
            _highestWeight[block] = Math.Max(_highestWeight[block], weight);
        }

        public bool Contains(int ordinal)
        {
            var block = ordinal >> 6;
            return block < Blocks && (_bits[block] & (1UL << (ordinal & 63))) != 0;
        }

        /// <summary>The documents of block <paramref name="block"/> (64 from block x 64) holding the term.</summary>
        public ulong BlockBits(int block) => block < Blocks ? _bits[block] : 0;

        /// <summary>The postings entries of the documents before block <paramref name="block"/>: where that block's entries start (0 past the last block; read only where <see cref="BlockBits"/> is set).</summary>
        public int EntriesBefore(int block) => block < Blocks ? _entriesBefore[block] : 0;

        /// <summary>The highest weight of the term's documents in block <paramref name="block"/> (dead ones too).</summary>
        public float HighestWeight(int block) => block < Blocks ? _highestWeight[block] : 0;

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
    /// documents: those are read, not the 53,000 postings entries. They are scored 64 at a time (<see cref="ScoreBlocks"/>).
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

        return Hits(ScoreBlocks(matches, shared, first));
    }

    /// <summary>
    /// Scores the documents set in <paramref name="shared"/> (all in every word) 64 at a time and offers the live ones to
    /// a bounded heap: for each block, each term adds its weight to the block's documents that hold it, found by ANDing
    /// the term's bits (or walking its postings, for a term without bitset) with the block's. A block's scores stay in
    /// 64 doubles on the stack, and a term's weights are read in ascending order. Once the heap holds k, a block whose
    /// bound (<see cref="BlockBound"/>) is below the k-th best is passed over unscored. Two common words can share tens
    /// of thousands of documents: testing each against every term, then offering each to the heap, was most of a search's
    /// time at 100,000 studies. Scores are added up word by word and term by term, in the order of the other ways, so
    /// every way gives the same answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PriorityQueue<int, (double Score, long Key)> ScoreBlocks(List<Postings[]> matches, ReadOnlySpan<ulong> shared, int first)
    {
        var terms = matches.SelectMany(word => word).ToArray();
        var idfs = new double[terms.Length];
        var cursors = new int[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            idfs[t] = Idf(terms[t].Count);
        }
        var best = new BestHits(first, _docs);
        var dead = _dead;
        Span<double> scores = stackalloc double[64];
        for (var b = 0; b < shared.Length; b++)
        {
            var inBlock = shared[b];
            if (inBlock == 0)
            {
                continue;
            }
            var blockStart = b << 6;
            if (best.Worst > double.NegativeInfinity && BlockBound(terms, idfs, b, inBlock) < best.Worst)
            {
                continue;
            }
            scores.Clear();
            for (var t = 0; t < terms.Length; t++)
            {
                var postings = terms[t];
                var idf = idfs[t];
                var weights = postings.Weights;
                if (postings.Dense is { } dense)
                {
                    var termBits = dense.BlockBits(b);
                    var entry = dense.EntriesBefore(b);
                    for (var rest = inBlock & termBits; rest != 0; rest &= rest - 1)
                    {
                        var bit = BitOperations.TrailingZeroCount(rest);
                        scores[bit] += idf * weights[entry + BitOperations.PopCount(termBits & ((1UL << bit) - 1))];
                    }
                }
                else
                {
                    var docs = postings.Docs;
                    var count = postings.Count;
                    var k = cursors[t];
                    while (k < count && docs[k] < blockStart)
                    {
                        k++;
                    }
                    for (; k < count && docs[k] < blockStart + 64; k++)
                    {
                        var bit = docs[k] - blockStart;
                        if ((inBlock & (1UL << bit)) != 0)
                        {
                            scores[bit] += idf * weights[k];
                        }
                    }
                    cursors[t] = k;
                }
            }
            for (var rest = inBlock; rest != 0; rest &= rest - 1)
            {
                var bit = BitOperations.TrailingZeroCount(rest);
                if (scores[bit] >= best.Worst && !dead[blockStart + bit])
                {
                    best.Offer(blockStart + bit, scores[bit]);
                }
            }
        }
        return best.Heap;
    }

    /// <summary>
    /// The most a document of block <paramref name="block"/> among <paramref name="inBlock"/> can score: each term adds
    /// the highest weight it has in the block where it has a document among them (a term without bitset, its highest
    /// weight anywhere). Added up in the order the scores are, each term no less than a document's own, so it bounds the
    /// scores as computed; the millionth over is a margin only.
    /// </summary>
    private static double BlockBound(Postings[] terms, double[] idfs, int block, ulong inBlock)
    {
        var most = 0.0;
        for (var t = 0; t < terms.Length; t++)
        {
            if (terms[t].Dense is { } dense)
            {
                if ((dense.BlockBits(block) & inBlock) != 0)
                {
                    most += idfs[t] * dense.HighestWeight(block);
                }
            }
            else
            {
                most += idfs[t] * terms[t].MaxWeight;
            }
        }
        return most * (1 + 1e-6);
    }
}
