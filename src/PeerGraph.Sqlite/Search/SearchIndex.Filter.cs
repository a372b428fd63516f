using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite.Search;

internal sealed partial class SearchIndex
{
    /// <summary>
    /// The ids of the nodes of <paramref name="kind"/> whose document holds every word of <paramref name="text"/>, each
    /// as a whole term (no prefix), in any of its texts; unranked. The studies' text filter: what FTS5's
    /// <c>"w1" "w2" ...</c> matched on search_doc's study documents before the index took its place
    /// (TextFilterEquivalenceTests). No word: nothing.
    /// </summary>
    public IReadOnlyList<string> NodesWithEveryWord(string text, NodeKind kind)
    {
        var words = SearchTokenizer.Terms(text);
        if (words.Count == 0)
        {
            return [];
        }
        _lock.EnterReadLock();
        try
        {
            var postings = new Postings[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                if (!_postings.TryGetValue(words[i], out var found))
                {
                    return [];
                }
                postings[i] = found;
            }
            Array.Sort(postings, (a, b) => a.Count.CompareTo(b.Count));
            var rarest = postings[0];
            var ids = new List<string>();
            // The rarest word's documents, each looked up in the other words' postings (Postings.IndexOf: a bit for a common term).
            for (var k = 0; k < rarest.Count; k++)
            {
                var ordinal = rarest.Docs[k];
                if (_dead[ordinal] || _docs[ordinal].Node.Kind != kind || !InEveryOther(postings, ordinal))
                {
                    continue;
                }
                ids.Add(_docs[ordinal].Node.Id);
            }
            return ids;
        }
        finally
        {
            _lock.ExitReadLock();
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
}
