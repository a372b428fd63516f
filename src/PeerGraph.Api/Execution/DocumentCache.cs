using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>
/// A bounded, thread-safe, least-recently-used cache of parsed documents keyed by document text and operation name,
/// each marked once it has passed validation. Validation never depends on variables here, but the complexity and
/// depth limits depend on the operation the request selects, so a document passes once per operation it runs.
/// GraphQL.NET's caching package is not on the feed; this is the small piece it would have provided.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();

    public sealed record Entry(string Key, GraphQLDocument Document, bool Validated);

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

    public Entry? Get(string query, string? operationName)
    {
        var key = Key(query, operationName);
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    public void Set(string query, string? operationName, GraphQLDocument document, bool validated)
    {
        if (capacity <= 0)
        {
            return;
        }
        var key = Key(query, operationName);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
            _entries[key] = _recency.AddFirst(new Entry(key, document, validated));
        }
    }

    // No operation name and an empty one both select the only operation (GraphQL.NET and the spec alike).
    private static string Key(string query, string? operationName) =>
        string.IsNullOrEmpty(operationName) ? query : string.Concat(operationName, "\n", query);
}
