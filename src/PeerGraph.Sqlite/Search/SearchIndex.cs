using System.Runtime.CompilerServices;
using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite.Search;

/// <summary>
/// The search documents as an in-memory inverted index: for each term, the documents holding it (in the order they were
/// added) with its BM25 weight in each (per text, with the FTS5 rank's weights: heading x3, keywords x2, body and
/// evidence x1; k1 = 1.2, b = 0.75). A document's score is the sum over the matched terms of idf x weight. Every word is
/// required; the last one also matches as a prefix (every term starting with it counts, as in FTS5). A search reads the
/// rarest word's postings by weight and stops once nothing unseen can enter the top k (SearchIndex.Ranked.cs), or, when
/// that bound cannot close in, scores every match: when the rarest word is in many documents, by intersecting the words'
/// bitsets and scoring only the documents in all of them (SearchIndex.Dense.cs), else from the rarest word's postings
/// (SearchIndex.EveryMatch.cs). A bounded heap keeps the best k.
/// Hand-written: FTS5's bm25 scores every match (3 to 14 ms a search on 10,000 studies, 0.25 s for a one-letter
/// prefix), and Lucene.NET 4.8, the library on the feed, took 4 to 5 s to index the 75,000 documents of 10,000 studies
/// here (about 50 s at 100,000 studies) for an index that lives in memory and is built at start (bench/README.md,
/// "Search"). A delete marks its documents dead; they stay in the postings, and their terms in the document
/// frequencies, until the index is rebuilt (<see cref="DeadShare"/> tells the store when). Thread-safe: searches share a
/// read lock, changes take the write lock.
/// </summary>
internal sealed partial class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly double[] FieldWeights = [3.0, 2.0, 1.0, 1.0];
    private const int FieldCount = 4;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, Postings> _postings = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _vocabulary = new(StringComparer.Ordinal);
    private Doc[] _docs = new Doc[1024];
    // Apart from the documents, so the hot loops read one byte per document, not a 40-byte record.
    private bool[] _dead = new bool[1024];
    // The live study documents as a bitset (64 documents a block): the text filter intersects it with the words' bitsets.
    private ulong[] _liveStudies = new ulong[16];
    private int _docCount;
    private readonly Dictionary<long, int> _byKey = [];
    private readonly Dictionary<string, List<int>> _byStudy = new(StringComparer.Ordinal);
    private readonly long[] _fieldLengths = new long[FieldCount];
    private readonly double[] _averages = [1, 1, 1, 1];
    private bool _sealed;
    private int _live;

    // Working arrays of one search each, sized to the index and kept for the next search (as many as ran at once).
    private readonly System.Collections.Concurrent.ConcurrentBag<Scratch> _scratches = [];

    private readonly int _rankedSearchFrom;

    /// <summary>Most terms (over all words) a search may have to be read by weight: each document met is looked up in every one.</summary>
    private const int MaxRankedTerms = 12;

    private readonly double _rankedEffort;

    private readonly double _denseShare;

    private readonly double _denseMemoryShare;

    /// <param name="rankedSearchFrom">
    /// From how many postings of its rarest word a search reads them by weight and stops early (SearchRanked) instead of
    /// reading them all; tests lower it to compare both ways.
    /// </param>
    /// <param name="rankedEffort">
    /// The share of the cost of reading every match that a ranked reading may spend before it gives up (SearchRanked's
    /// RankedBudget); tests raise it to infinity so that the ranked reading always finishes.
    /// </param>
    /// <param name="denseShare">
    /// The share of the documents a term must be in, at <see cref="Seal"/>, to have its documents kept as a bitset too
    /// (<see cref="DenseDocs"/>); tests set it to 0 (every term) or to infinity (none) to compare the ways.
    /// </param>
    /// <param name="denseMemoryShare">The most memory all bitsets may take, as a share of the postings' (tests: infinity).</param>
    public SearchIndex(int rankedSearchFrom = 2000, double rankedEffort = 1.0 / 64, double denseShare = 1.0 / 256, double denseMemoryShare = 0.5)
    {
        _rankedSearchFrom = rankedSearchFrom;
        _rankedEffort = rankedEffort;
        _denseShare = denseShare;
        _denseMemoryShare = denseMemoryShare;
    }

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
        var analysed = Analyse(document);
        _lock.EnterWriteLock();
        try
        {
            AddLocked(analysed);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Replaces the study's documents (its own and its findings') by <paramref name="documents"/>, at once for searches.</summary>
    public void ReplaceStudy(string studyId, IReadOnlyList<SearchDocument> documents)
    {
        var analysed = documents.Select(Analyse).ToList();
        _lock.EnterWriteLock();
        try
        {
            RemoveStudyLocked(studyId);
            foreach (var one in analysed)
            {
                AddLocked(one);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private static Analysed Analyse(SearchDocument document)
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
        return new Analysed(document, counts, lengths);
    }

    private void AddLocked(Analysed analysed)
    {
        if (_byKey.TryGetValue(analysed.Document.Key, out var existing))
        {
            Kill(existing);
        }
        var ordinal = _docCount;
        if (ordinal == _docs.Length)
        {
            Array.Resize(ref _docs, ordinal * 2);
            Array.Resize(ref _dead, ordinal * 2);
            Array.Resize(ref _liveStudies, (ordinal * 2 + 63) >> 6);
        }
        _docs[ordinal] = new Doc(analysed.Document.Key, new NodeRef(analysed.Document.Kind, analysed.Document.NodeId), analysed.Lengths);
        _docCount++;
        if (analysed.Document.Kind == NodeKind.Study)
        {
            _liveStudies[ordinal >> 6] |= 1UL << (ordinal & 63);
        }
        _byKey[analysed.Document.Key] = ordinal;
        if (analysed.Document.StudyId is not null)
        {
            if (!_byStudy.TryGetValue(analysed.Document.StudyId, out var ofStudy))
            {
                _byStudy[analysed.Document.StudyId] = ofStudy = [];
            }
            ofStudy.Add(ordinal);
        }
        for (var field = 0; field < FieldCount; field++)
        {
            _fieldLengths[field] += Length(analysed.Lengths, field);
        }
        _live++;
        foreach (var (term, packed) in analysed.Counts)
        {
            if (!_postings.TryGetValue(term, out var postings))
            {
                _postings[term] = postings = new Postings();
                _vocabulary.Add(term);
            }
            postings.Append(ordinal, packed, (float)Weight(packed, analysed.Lengths, _averages));
        }
    }

    private sealed record Analysed(SearchDocument Document, Dictionary<string, uint> Counts, ulong Lengths);

    /// <summary>Removes the study's document and those of its findings.</summary>
    public void RemoveStudy(string studyId)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveStudyLocked(studyId);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void RemoveStudyLocked(string studyId)
    {
        if (_byStudy.Remove(studyId, out var ordinals))
        {
            foreach (var ordinal in ordinals)
            {
                Kill(ordinal);
            }
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
        if (_dead[ordinal])
        {
            return;
        }
        _dead[ordinal] = true;
        _liveStudies[ordinal >> 6] &= ~(1UL << (ordinal & 63));
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
        var scratch = _scratches.TryTake(out var kept) ? kept : new Scratch();
        try
        {
            if (ByBitsPays(matches))
            {
                return SearchByBits(matches, first, scratch);
            }
            if (TotalCount(matches[0]) >= _rankedSearchFrom && matches.Sum(terms => terms.Length) <= MaxRankedTerms
                && SearchRanked(matches, first, scratch) is { } ranked)
            {
                return ranked;
            }
            return SearchEveryMatch(matches, first, scratch);
        }
        finally
        {
            _scratches.Add(scratch);
        }
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
            GiveCommonTermsBitsets();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Bitsets (<see cref="DenseDocs"/>) for the terms in at least a <see cref="_denseShare"/> of the documents, most
    /// common first, while all of them together take at most <see cref="_denseMemoryShare"/> of the postings' memory:
    /// a vocabulary with many common terms does not get a bitset the size of the index for each.
    /// </summary>
    private void GiveCommonTermsBitsets()
    {
        var bytesEach = (long)DenseDocs.BytesPerBlock * ((_docCount + 63) >> 6);
        var budget = _postings.Values.Sum(p => 8.0 * p.Count) * _denseMemoryShare;
        var spent = 0.0;
        foreach (var postings in _postings.Values.Where(p => p.Count > 0 && p.Count >= _docCount * _denseShare).OrderByDescending(p => p.Count))
        {
            if (spent + bytesEach > budget)
            {
                break;
            }
            spent += bytesEach;
            postings.Dense = new DenseDocs(postings, _docCount);
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
    /// <remarks>
    /// A term's postings still count its dead documents, which may be more than the live ones: taken at most the live
    /// count, so the idf stays positive (else a word in most documents would rank documents using it less first, and
    /// the ranked search's bounds would not hold).
    /// </remarks>
    private double Idf(int documentsWithTerm)
    {
        var n = Math.Min(documentsWithTerm, _live);
        return Math.Log(1 + (_live - n + 0.5) / (n + 0.5));
    }

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

    /// <summary>A document as the index keeps it: its key, node and text lengths.</summary>
    private struct Doc(long key, NodeRef node, ulong lengths)
    {
        public readonly long Key = key;
        public readonly NodeRef Node = node;
        public readonly ulong Lengths = lengths;
    }

}
