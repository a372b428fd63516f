using System.Runtime.CompilerServices;

namespace PeerGraph.Sqlite.Search;

internal sealed partial class SearchIndex
{
    /// <summary>
    /// The best <paramref name="first"/> without scoring every match (the threshold algorithm of Fagin, Lotem and Naor):
    /// the rarest word's postings are read in order of weight, highest first, and each document met is scored whole
    /// (the other words looked up by binary search). No document not yet met can score more than the weights the
    /// rarest word's postings are at now plus the most each other word can add; once the k-th best kept beats that, the
    /// rest cannot enter. Entries not ranked (added after the build, or in short postings) are scored first. Gives up
    /// (null) when the bound has not closed in within <see cref="RankedBudget"/> documents. Scores are added up in the same
    /// order as the exhaustive path, so both give the same answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<SearchIndexHit>? SearchRanked(List<Postings[]> matches, int first, Scratch scratch)
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
        scratch.Reset(_docCount);
        var best = new PriorityQueue<int, (double Score, long Key)>(first + 1, WorstFirst.Instance);

        void Consider(int ordinal)
        {
            if (_dead[ordinal] || scratch.Matched[ordinal] != 0)
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
            best.Enqueue(ordinal, (score, _docs[ordinal].Key));
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
        var budget = RankedBudget(matches, _rankedEffort);
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

    /// <summary>
    /// How many documents the ranked reading may meet before it gives up. Each document met costs a binary search in
    /// every term (log2 of its length in steps, most of them cache misses); scoring every match costs about one
    /// sequential step per posting. On text whose weights are even (a small vocabulary, short texts) the bound rarely
    /// closes in: with the generated 10,000 studies it closed in 10 of 400 searches, and the former budget (an eighth of
    /// the rarest word's postings) made the 390 failed attempts cost 3.4 times the exhaustive searches run after them
    /// (SearchBenchmarks with counters, not kept). An effort of a 64th of the sequential steps (the default) kept a
    /// failed attempt near a quarter of the exhaustive search, and still lets a skewed word's top k close in early.
    /// </summary>
    private static double RankedBudget(List<Postings[]> matches, double effort)
    {
        var steps = 0L;
        var stepsPerDocument = 0.0;
        foreach (var terms in matches)
        {
            foreach (var postings in terms)
            {
                steps += postings.Count;
                stepsPerDocument += Math.Log2(postings.Count + 1);
            }
        }
        return steps * effort / Math.Max(1, stepsPerDocument);
    }

    private List<SearchIndexHit> Hits(PriorityQueue<int, (double Score, long Key)> best)
    {
        var hits = new SearchIndexHit[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var ordinal, out var key);
            hits[i] = new SearchIndexHit(_docs[ordinal].Key, _docs[ordinal].Node, key.Score);
        }
        return [.. hits];
    }
}
