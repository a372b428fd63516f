using System.Runtime.CompilerServices;

namespace PeerGraph.Sqlite.Search;

internal sealed partial class SearchIndex
{
    /// <summary>
    /// Every match scored: the rarest word's live documents are the candidates, kept as a sorted array with their scores;
    /// each other word keeps or drops them, its postings (sorted too) walked beside the candidates, or, when they are
    /// much longer, each candidate looked up from where the previous one was found. Memory is read in order throughout,
    /// not scattered over arrays as long as the index (which at 100,000 studies, 750,000 documents, missed the cache).
    /// Scores are added up word by word and term by term, in the order SearchRanked uses.
    /// </summary>
    // Hot loops: compiled fully optimised at once (tiered compilation left them slow for hundreds of calls).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<SearchIndexHit> SearchEveryMatch(List<Postings[]> matches, int first, Scratch scratch)
    {
        var count = RarestWordCandidates(matches[0], scratch);
        var docs = scratch.CandidateDocs;
        var scores = scratch.CandidateScores;
        var hit = scratch.CandidateHit;
        for (var w = 1; w < matches.Count && count > 0; w++)
        {
            Array.Clear(hit, 0, count);
            foreach (var postings in matches[w])
            {
                AddTermScores(postings, Idf(postings.Count), docs, scores, hit, count);
            }
            // A candidate that matched none of this word's terms is out.
            var kept = 0;
            for (var i = 0; i < count; i++)
            {
                if (hit[i])
                {
                    docs[kept] = docs[i];
                    scores[kept] = scores[i];
                    kept++;
                }
            }
            count = kept;
        }

        var best = new BestHits(first, _docs);
        for (var i = 0; i < count; i++)
        {
            best.Offer(docs[i], scores[i]);
        }
        return Hits(best.Heap);
    }

    /// <summary>
    /// Adds one term's weight x <paramref name="idf"/> to the score of each candidate holding it, and marks it in
    /// <paramref name="hit"/>. The candidates are in ascending order, so the term's entries are read in order too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddTermScores(Postings postings, double idf, int[] docs, double[] scores, bool[] hit, int count)
    {
        var termDocs = postings.Docs;
        var termCount = postings.Count;
        var weights = postings.Weights;
        if (postings.Dense is { } dense)
        {
            // A common term: one bit says whether each candidate has it, a population count where its weight is.
            for (var i = 0; i < count; i++)
            {
                if (dense.Contains(docs[i]))
                {
                    scores[i] += idf * weights[dense.EntryOf(docs[i])];
                    hit[i] = true;
                }
            }
        }
        else if (termCount > 16 * count)
        {
            // Few candidates, long postings: look each candidate up, after where the previous one was.
            var from = 0;
            for (var i = 0; i < count && from < termCount; i++)
            {
                var k = Array.BinarySearch(termDocs, from, termCount - from, docs[i]);
                if (k >= 0)
                {
                    scores[i] += idf * weights[k];
                    hit[i] = true;
                    from = k + 1;
                }
                else
                {
                    from = ~k;
                }
            }
        }
        else
        {
            // Walk the term's documents beside the candidates.
            for (int i = 0, k = 0; i < count && k < termCount;)
            {
                var candidate = docs[i];
                var doc = termDocs[k];
                if (candidate < doc)
                {
                    i++;
                }
                else if (candidate > doc)
                {
                    k++;
                }
                else
                {
                    scores[i] += idf * weights[k];
                    hit[i] = true;
                    i++;
                    k++;
                }
            }
        }
    }

    /// <summary>
    /// The live documents of the rarest word's terms, in ascending order, with their scores, into the scratch's
    /// candidate arrays; returns how many. One term is copied as it is; several (a prefix) are added up per document
    /// term by term, then put in order.
    /// </summary>
    private int RarestWordCandidates(Postings[] terms, Scratch scratch)
    {
        var dead = _dead;
        if (terms.Length == 1)
        {
            var postings = terms[0];
            var idf = Idf(postings.Count);
            scratch.EnsureCandidates(postings.Count);
            var count = 0;
            for (var k = 0; k < postings.Count; k++)
            {
                var ordinal = postings.Docs[k];
                if (!dead[ordinal])
                {
                    scratch.CandidateDocs[count] = ordinal;
                    scratch.CandidateScores[count] = idf * postings.Weights[k];
                    count++;
                }
            }
            return count;
        }

        scratch.Reset(_docCount);
        foreach (var postings in terms)
        {
            var idf = Idf(postings.Count);
            for (var k = 0; k < postings.Count; k++)
            {
                var ordinal = postings.Docs[k];
                if (dead[ordinal])
                {
                    continue;
                }
                if (scratch.Matched[ordinal] == 0)
                {
                    scratch.Touch(ordinal);
                }
                scratch.Scores[ordinal] += idf * postings.Weights[k];
            }
        }
        var touched = scratch.Candidates;
        touched.Sort();
        scratch.EnsureCandidates(touched.Count);
        for (var i = 0; i < touched.Count; i++)
        {
            scratch.CandidateDocs[i] = touched[i];
            scratch.CandidateScores[i] = scratch.Scores[touched[i]];
        }
        return touched.Count;
    }
}
