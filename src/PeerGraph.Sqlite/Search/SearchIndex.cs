using System.Runtime.CompilerServices;
using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite.Search;

/// <summary>
/// The search documents as an in-memory inverted index: for each term, the documents holding it (in the order they were
/// added) with how often it occurs in each of the four texts. A search starts from its rarest word, checks the other
/// words only against those candidates (binary search in long postings), adds up BM25 weights kept per posting (per text, with the FTS5 rank's
/// weights (heading x3, keywords x2, body and evidence x1; k1 = 1.2, b = 0.75) times each term's idf, and keeps the best k in a bounded heap.
/// Every word is required; the last one also matches as a prefix (every term starting with it counts, as in FTS5).
/// Hand-written: FTS5's bm25 scores every match (3 to 14 ms a search on 10,000 studies, 0.25 s for a one-letter
/// prefix), and Lucene.NET 4.8, the library on the feed, took 4 to 5 s to index the 75,000 documents of 10,000 studies
/// here (about 50 s at 100,000 studies) for an index that lives in memory and is built at start
/// (bench/README.md, "Search"). A delete marks its documents dead; they stay in the postings, and their terms in the
/// document frequencies, until the index is rebuilt (<see cref="DeadShare"/> tells the store when). Thread-safe: searches
/// share a read lock, changes take the write lock.
/// </summary>
internal sealed class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly double[] FieldWeights = [3.0, 2.0, 1.0, 1.0];
    private const int FieldCount = 4;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, Postings> _postings = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _vocabulary = new(StringComparer.Ordinal);
    private Doc[] _docs = new Doc[1024];
    private int _docCount;
    private readonly Dictionary<long, int> _byKey = [];
    private readonly Dictionary<string, List<int>> _byStudy = new(StringComparer.Ordinal);
    private readonly long[] _fieldLengths = new long[FieldCount];
    private readonly double[] _averages = [1, 1, 1, 1];
    private bool _sealed;
    private int _live;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly int _rankedSearchFrom;

    /// <summary>Most terms (over all words) a search may have to be read by weight: each document met is looked up in every one.</summary>
    private const int MaxRankedTerms = 12;

    /// <param name="rankedSearchFrom">
    /// From how many postings of its rarest word a search reads them by weight and stops early (SearchRanked) instead of
    /// reading them all; tests lower it to compare both ways.
    /// </param>
    public SearchIndex(int rankedSearchFrom = 2000) => _rankedSearchFrom = rankedSearchFrom;

    /// <summary>Share of the documents that are dead (deleted or replaced) but still in the postings.</summary>
    public double DeadShare
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _docCount == 0 ? 0 : 1 - (double)_live / _docCount;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var counts = new Dictionary<string, uint>(StringComparer.Ordinal);
        ulong lengths = 0;
        var texts = new[] { document.Heading, document.Keywords, document.Body, document.Evidence };
        for (var field = 0; field < FieldCount; field++)
        {
            if (string.IsNullOrEmpty(texts[field]))
            {
                continue;
            }
            var shift = 8 * field;
            var length = 0;
            SearchTokenizer.ForEachTerm(texts[field]!, term =>
            {
                counts.TryGetValue(term, out var packed);
                if (((packed >> shift) & 0xFF) < 0xFF)
                {
                    packed += 1u << shift;
                }
                counts[term] = packed;
                length++;
            });
            lengths |= (ulong)Math.Min(length, ushort.MaxValue) << (16 * field);
        }

        _lock.EnterWriteLock();
        try
        {
            if (_byKey.TryGetValue(document.Key, out var existing))
            {
                Kill(existing);
            }
            var ordinal = _docCount;
            if (ordinal == _docs.Length)
            {
                Array.Resize(ref _docs, ordinal * 2);
            }
            _docs[ordinal] = new Doc(document.Key, new NodeRef(document.Kind, document.NodeId), lengths);
            _docCount++;
            _byKey[document.Key] = ordinal;
            if (document.StudyId is not null)
            {
                if (!_byStudy.TryGetValue(document.StudyId, out var ofStudy))
                {
                    _byStudy[document.StudyId] = ofStudy = [];
                }
                ofStudy.Add(ordinal);
            }
            for (var field = 0; field < FieldCount; field++)
            {
                _fieldLengths[field] += Length(lengths, field);
            }
            _live++;
            foreach (var (term, packed) in counts)
            {
                if (!_postings.TryGetValue(term, out var postings))
                {
                    _postings[term] = postings = new Postings();
                    _vocabulary.Add(term);
                }
                postings.Append(ordinal, packed, (float)Weight(packed, lengths, _averages));
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes the study's document and those of its findings.</summary>
    public void RemoveStudy(string studyId)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_byStudy.Remove(studyId, out var ordinals))
            {
                foreach (var ordinal in ordinals)
                {
                    Kill(ordinal);
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Remove(long key)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_byKey.TryGetValue(key, out var ordinal))
            {
                Kill(ordinal);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void Kill(int ordinal)
    {
        ref var doc = ref _docs[ordinal];
        if (doc.Dead)
        {
            return;
        }
        doc.Dead = true;
        _byKey.Remove(doc.Key);
        for (var field = 0; field < FieldCount; field++)
        {
            _fieldLengths[field] -= Length(doc.Lengths, field);
        }
        _live--;
    }

    /// <summary>The best <paramref name="first"/> documents matching every word of <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<SearchIndexHit> Search(string text, int first)
    {
        var words = SearchTokenizer.Terms(text);
        if (first <= 0 || words.Count == 0)
        {
            return [];
        }
        _lock.EnterReadLock();
        try
        {
            return SearchLocked(words, first);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    // Hot loops: compiled fully optimised at once (tiered compilation left them slow for hundreds of calls).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<SearchIndexHit> SearchLocked(IReadOnlyList<string> words, int first)
    {
        // Each word as the terms it matches: the word itself, or for the last word every term it begins.
        var matches = new List<Postings[]>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var terms = i == words.Count - 1 ? PrefixPostings(words[i]) : ExactPostings(words[i]);
            if (terms.Length == 0)
            {
                return [];
            }
            matches.Add(terms);
        }
        matches.Sort((a, b) => TotalCount(a).CompareTo(TotalCount(b)));
        if (TotalCount(matches[0]) >= _rankedSearchFrom && matches.Sum(terms => terms.Length) <= MaxRankedTerms
            && SearchRanked(matches, first) is { } ranked)
        {
            return ranked;
        }

        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(_docCount);
        var scores = scratch.Scores;
        var matched = scratch.Matched;

        // The rarest word makes the candidates; every other word can only keep or drop them.
        foreach (var postings in matches[0])
        {
            var idf = Idf(postings.Count);
            for (var k = 0; k < postings.Count; k++)
            {
                var ordinal = postings.Docs[k];
                ref readonly var doc = ref _docs[ordinal];
                if (doc.Dead)
                {
                    continue;
                }
                if (matched[ordinal] == 0)
                {
                    scratch.Touch(ordinal);
                }
                scores[ordinal] += idf * postings.Weights[k];
            }
        }
        var candidates = scratch.Candidates;
        for (var w = 1; w < matches.Count; w++)
        {
            foreach (var postings in matches[w])
            {
                var idf = Idf(postings.Count);
                if (postings.Count <= 16 * candidates.Count)
                {
                    // Walk the term's documents and pick out the candidates still in.
                    for (var k = 0; k < postings.Count; k++)
                    {
                        var ordinal = postings.Docs[k];
                        if (matched[ordinal] >= w)
                        {
                            scores[ordinal] += idf * postings.Weights[k];
                            matched[ordinal] = w + 1;
                        }
                    }
                }
                else
                {
                    // Few candidates, long postings: look each candidate up.
                    foreach (var ordinal in candidates)
                    {
                        if (matched[ordinal] < w)
                        {
                            continue;
                        }
                        var k = postings.IndexOf(ordinal);
                        if (k >= 0)
                        {
                            scores[ordinal] += idf * postings.Weights[k];
                            matched[ordinal] = w + 1;
                        }
                    }
                }
            }
            // A candidate that matched none of this word's terms is out (its count stays behind).
        }

        var need = matches.Count;
        var best = new PriorityQueue<int, (double Score, int Ordinal)>(first + 1, WorstFirst.Instance);
        var worst = double.NegativeInfinity;
        foreach (var ordinal in candidates)
        {
            if (matched[ordinal] != need || (best.Count == first && scores[ordinal] < worst))
            {
                continue;
            }
            best.Enqueue(ordinal, (scores[ordinal], ordinal));
            if (best.Count > first)
            {
                best.Dequeue();
            }
            if (best.Count == first)
            {
                best.TryPeek(out _, out var lowest);
                worst = lowest.Score;
            }
        }
        return Hits(best);
    }

    /// <summary>
    /// The best <paramref name="first"/> without scoring every match (the threshold algorithm of Fagin, Lotem and Naor):
    /// the rarest word's postings are read in order of weight, highest first, and each document met is scored whole
    /// (the other words looked up by binary search). No document not yet met can score more than the weights the
    /// rarest word's postings are at now plus the most each other word can add; once the k-th best kept beats that, the
    /// rest cannot enter. Entries not ranked (added after the build, or in short postings) are scored first. Gives up
    /// (null) after an eighth of the rarest word's postings without the bound closing in. Scores are added up in the same
    /// order as the exhaustive path, so both give the same answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<SearchIndexHit>? SearchRanked(List<Postings[]> matches, int first)
    {
        var rarest = matches[0];
        var idfs = matches.Select(terms => terms.Select(p => Idf(p.Count)).ToArray()).ToList();
        var othersMost = 0.0;
        for (var w = 1; w < matches.Count; w++)
        {
            for (var t = 0; t < matches[w].Length; t++)
            {
                othersMost += idfs[w][t] * matches[w][t].MaxWeight;
            }
        }
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(_docCount);
        var best = new PriorityQueue<int, (double Score, int Ordinal)>(first + 1, WorstFirst.Instance);

        void Consider(int ordinal)
        {
            if (_docs[ordinal].Dead || scratch.Matched[ordinal] != 0)
            {
                return;
            }
            scratch.Touch(ordinal);
            var score = 0.0;
            for (var w = 0; w < matches.Count; w++)
            {
                var found = false;
                for (var t = 0; t < matches[w].Length; t++)
                {
                    var k = matches[w][t].IndexOf(ordinal);
                    if (k >= 0)
                    {
                        score += idfs[w][t] * matches[w][t].Weights[k];
                        found = true;
                    }
                }
                if (!found)
                {
                    return;
                }
            }
            best.Enqueue(ordinal, (score, ordinal));
            if (best.Count > first)
            {
                best.Dequeue();
            }
        }

        foreach (var postings in rarest)
        {
            for (var k = postings.RankedCount; k < postings.Count; k++)
            {
                Consider(postings.Docs[k]);
            }
        }
        var cursors = new int[rarest.Length];
        var budget = TotalCount(rarest) / 8;
        while (true)
        {
            // The term whose next entry weighs most, and the most any document not yet met can score.
            var next = -1;
            var levels = othersMost;
            var highest = double.NegativeInfinity;
            for (var t = 0; t < rarest.Length; t++)
            {
                if (cursors[t] >= rarest[t].RankedCount)
                {
                    continue;
                }
                var level = idfs[0][t] * rarest[t].Weights[rarest[t].ByWeight[cursors[t]]];
                levels += level;
                if (level > highest)
                {
                    highest = level;
                    next = t;
                }
            }
            if (next < 0)
            {
                break;
            }
            // (With a margin for rounding: the bound adds the same products in another order.)
            if (best.Count == first && best.TryPeek(out _, out var worst) && worst.Score > levels * (1 + 1e-9))
            {
                break;
            }
            if (--budget < 0)
            {
                // The bound is not closing in (the weights are too even): reading every match costs less from here.
                return null;
            }
            Consider(rarest[next].Docs[rarest[next].ByWeight[cursors[next]]]);
            cursors[next]++;
        }
        return Hits(best);
    }

    private List<SearchIndexHit> Hits(PriorityQueue<int, (double Score, int Ordinal)> best)
    {
        var hits = new SearchIndexHit[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var ordinal, out var key);
            hits[i] = new SearchIndexHit(_docs[ordinal].Key, _docs[ordinal].Node, key.Score);
        }
        return [.. hits];
    }

    /// <summary>
    /// Once, after the build: weighs every posting again with the average text lengths of the documents now in the index
    /// (documents added later are weighed with these averages, which a few writes barely move) and lets go of the counts.
    /// </summary>
    public void Seal()
    {
        _lock.EnterWriteLock();
        try
        {
            if (_sealed)
            {
                throw new InvalidOperationException("the search index is sealed once, after it is built");
            }
            _sealed = true;
            for (var field = 0; field < FieldCount; field++)
            {
                _averages[field] = _live == 0 ? 1 : Math.Max(1.0, (double)_fieldLengths[field] / _live);
            }
            foreach (var postings in _postings.Values)
            {
                for (var k = 0; k < postings.Count; k++)
                {
                    postings.Weights[k] = (float)Weight(postings.Counts[k], _docs[postings.Docs[k]].Lengths, _averages);
                }
                postings.DropCounts();
                postings.Rank();
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private Postings[] ExactPostings(string word) => _postings.TryGetValue(word, out var postings) ? [postings] : [];

    private Postings[] PrefixPostings(string prefix) =>
        _vocabulary.GetViewBetween(prefix, prefix + char.MaxValue).Select(t => _postings[t]).ToArray();

    private static long TotalCount(Postings[] terms)
    {
        long total = 0;
        foreach (var postings in terms)
        {
            total += postings.Count;
        }
        return total;
    }

    /// <summary>BM25's idf as Lucene computes it (never negative): ln(1 + (N - n + 0.5) / (n + 0.5)).</summary>
    private double Idf(int documentsWithTerm) => Math.Log(1 + (_live - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5));

    private static double Weight(uint packed, ulong lengths, double[] averages)
    {
        var weight = 0.0;
        for (var field = 0; packed != 0; field++, packed >>= 8)
        {
            var tf = packed & 0xFF;
            if (tf != 0)
            {
                weight += FieldWeights[field] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * Length(lengths, field) / averages[field]));
            }
        }
        return weight;
    }

    /// <summary>The number of words in one of a document's texts (four 16-bit lengths packed in one number).</summary>
    private static int Length(ulong lengths, int field) => (int)((lengths >> (16 * field)) & 0xFFFF);

    /// <summary>A document as the index keeps it: its key, node, text lengths, and whether it was removed.</summary>
    private struct Doc(long key, NodeRef node, ulong lengths)
    {
        public readonly long Key = key;
        public readonly NodeRef Node = node;
        public readonly ulong Lengths = lengths;
        public bool Dead;
    }

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
    }

    /// <summary>Orders the heap worst first: lower score, then later document (so earlier documents win ties).</summary>
    private sealed class WorstFirst : IComparer<(double Score, int Ordinal)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((double Score, int Ordinal) x, (double Score, int Ordinal) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Ordinal.CompareTo(x.Ordinal);
    }
}
