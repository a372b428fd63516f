using System.Runtime.CompilerServices;

namespace PeerGraph.Sqlite.Search;

internal sealed partial class SearchIndex
{
    /// <summary>
    /// Every match scored: the rarest word's documents are the candidates, and each other word keeps or drops them
    /// (walking its postings, or looking candidates up by binary search when its postings are much longer).
    /// </summary>
    // Hot loops: compiled fully optimised at once (tiered compilation left them slow for hundreds of calls).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<SearchIndexHit> SearchEveryMatch(List<Postings[]> matches, int first, Scratch scratch)
    {
        scratch.Reset(_docCount);
        var scores = scratch.Scores;
        var matched = scratch.Matched;
        var dead = _dead;

        // The rarest word makes the candidates; every other word can only keep or drop them.
        foreach (var postings in matches[0])
        {
            var idf = Idf(postings.Count);
            for (var k = 0; k < postings.Count; k++)
            {
                var ordinal = postings.Docs[k];
                if (dead[ordinal])
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
        var best = new PriorityQueue<int, (double Score, long Key)>(first + 1, WorstFirst.Instance);
        var worst = double.NegativeInfinity;
        foreach (var ordinal in candidates)
        {
            if (matched[ordinal] != need || (best.Count == first && scores[ordinal] < worst))
            {
                continue;
            }
            best.Enqueue(ordinal, (scores[ordinal], _docs[ordinal].Key));
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
}
