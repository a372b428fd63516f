using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>
/// A bounded, thread-safe, least-recently-used cache of parsed documents keyed by document text, each marked once it
/// has passed validation (validation never depends on variables here, so a passed document need not be validated again).
/// GraphQL.NET's caching package is not on the feed; this is the small piece it would have provided.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();

    public sealed record Entry(string Query, GraphQLDocument Document, bool Validated);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public Entry? Get(string query)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(query, out var node))
            {
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    public void Set(string query, GraphQLDocument document, bool validated)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (_gate)
        {
            if (_entries.TryGetValue(query, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= capacity)
            {
                _entries.Remove(_recency.Last!.Value.Query);
                _recency.RemoveLast();
            }
            _entries[query] = _recency.AddFirst(new Entry(query, document, validated));
        }
    }
}
