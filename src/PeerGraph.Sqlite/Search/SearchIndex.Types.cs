namespace PeerGraph.Sqlite.Search;

internal sealed partial class SearchIndex
{
    /// <summary>
    /// One term's documents in ascending order, each with its counts per text (a byte each, packed) and its BM25 weight
    /// (the sum over the texts of weight x tf x (k1 + 1) / (tf + k1 x (1 - b + b x length / average length))).
    /// </summary>
    private sealed class Postings
    {
        /// <summary>Shorter postings are not ranked: reading them whole costs less.</summary>
        public const int RankedMinimum = 256;

        public int[] Docs = new int[2];
        /// <summary>Kept until the index is sealed (its weights then say all a search needs).</summary>
        public uint[] Counts = new uint[2];
        public float[] Weights = new float[2];
        public int Count;

        /// <summary>Positions of the first <see cref="RankedCount"/> entries by weight, highest first (made at Seal).</summary>
        public int[] ByWeight = [];
        public int RankedCount;
        public float MaxWeight;

        /// <summary>The documents as a bitset, for a term in many of them (made at Seal, see <see cref="DenseDocs"/>).</summary>
        public DenseDocs? Dense;

        public void Append(int ordinal, uint counts, float weight)
        {
            if (Count == Docs.Length)
            {
                Array.Resize(ref Docs, Count * 2);
                if (Counts.Length > 0)
                {
                    Array.Resize(ref Counts, Count * 2);
                }
                Array.Resize(ref Weights, Count * 2);
            }
            Docs[Count] = ordinal;
            Dense?.Add(ordinal, Count, weight);
            if (Counts.Length > 0)
            {
                Counts[Count] = counts;
            }
            Weights[Count] = weight;
            MaxWeight = Math.Max(MaxWeight, weight);
            Count++;
        }

        /// <summary>Ranks the entries so far by weight (entries added later are read in full by every search).</summary>
        public void Rank()
        {
            MaxWeight = 0;
            for (var k = 0; k < Count; k++)
            {
                MaxWeight = Math.Max(MaxWeight, Weights[k]);
            }
            if (Count < RankedMinimum)
            {
                return;
            }
            var order = new int[Count];
            var keys = new float[Count];
            for (var k = 0; k < Count; k++)
            {
                order[k] = k;
                keys[k] = -Weights[k];
            }
            Array.Sort(keys, order);
            ByWeight = order;
            RankedCount = Count;
        }

        public void DropCounts() => Counts = [];

        public int IndexOf(int ordinal)
        {
            if (Dense is { } dense)
            {
                return dense.Contains(ordinal) ? dense.EntryOf(ordinal) : -1;
            }
            var k = Array.BinarySearch(Docs, 0, Count, ordinal);
            return k >= 0 ? k : -1;
        }
    }

    /// <summary>Per-thread working arrays of one search, indexed by document ordinal; only touched entries are reset.</summary>
    private sealed class Scratch
    {
        public double[] Scores = [];

        /// <summary>0: not a candidate; n: matched the first n words.</summary>
        public int[] Matched = [];

        public List<int> Candidates { get; } = [];

        public void Reset(int size)
        {
            foreach (var ordinal in Candidates)
            {
                Scores[ordinal] = 0;
                Matched[ordinal] = 0;
            }
            Candidates.Clear();
            if (Matched.Length < size)
            {
                var capacity = Math.Max(size, Matched.Length * 2);
                Scores = new double[capacity];
                Matched = new int[capacity];
            }
        }

        public void Touch(int ordinal)
        {
            Matched[ordinal] = 1;
            Candidates.Add(ordinal);
        }

        /// <summary>Every match's candidates (SearchIndex.EveryMatch.cs): ordinals in ascending order, their scores, and whether the word at hand matched each.</summary>
        public int[] CandidateDocs = [];
        public double[] CandidateScores = [];
        public bool[] CandidateHit = [];

        private ulong[] _sharedBits = [];
        private ulong[] _wordBits = [];

        /// <summary>The dense search's bitsets (SearchIndex.Dense.cs): the documents in every word so far, and in the word at hand.</summary>
        public Span<ulong> SharedBits(int blocks) => Sized(ref _sharedBits, blocks);

        public Span<ulong> WordBits(int blocks) => Sized(ref _wordBits, blocks);

        private static Span<ulong> Sized(ref ulong[] bits, int blocks)
        {
            if (bits.Length < blocks)
            {
                bits = new ulong[Math.Max(blocks, bits.Length * 2)];
            }
            return bits.AsSpan(0, blocks);
        }

        public void EnsureCandidates(int count)
        {
            if (CandidateDocs.Length < count)
            {
                var capacity = Math.Max(count, CandidateDocs.Length * 2);
                CandidateDocs = new int[capacity];
                CandidateScores = new double[capacity];
                CandidateHit = new bool[capacity];
            }
        }
    }

    /// <summary>
    /// The best k documents offered so far, in a heap worst first; an offer scoring below the k-th best is turned away
    /// without touching the heap, or reading the document's key (a random read in an array as long as the index, which
    /// at 100,000 studies missed the cache for every match scored).
    /// </summary>
    private sealed class BestHits(int first, Doc[] docs)
    {
        private double _worst = double.NegativeInfinity;

        public PriorityQueue<int, (double Score, long Key)> Heap { get; } = new(first + 1, WorstFirst.Instance);

        /// <summary>What an offer must score at least to be looked at (minus infinity until k are kept): for hot loops to test inline.</summary>
        public double Worst => _worst;

        public void Offer(int ordinal, double score)
        {
            if (Heap.Count == first && score < _worst)
            {
                return;
            }
            Heap.Enqueue(ordinal, (score, docs[ordinal].Key));
            if (Heap.Count > first)
            {
                Heap.Dequeue();
            }
            if (Heap.Count == first)
            {
                Heap.TryPeek(out _, out var lowest);
                _worst = lowest.Score;
            }
        }
    }

    /// <summary>
    /// Orders the heap worst first: lower score, then the greater key (so ties go to the smaller search_doc rowid, an
    /// order that a replaced document or a rebuilt index does not change).
    /// </summary>
    private sealed class WorstFirst : IComparer<(double Score, long Key)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((double Score, long Key) x, (double Score, long Key) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Key.CompareTo(x.Key);
    }
}
