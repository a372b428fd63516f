using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>
/// A bounded, thread-safe, least-recently-used cache of parsed documents keyed by the pair (document text, operation
/// name), each marked once it has passed the rules that depend on neither the variables nor anything else of the
/// request. The rules that do (the depth and complexity limits follow <c>@skip</c>, <c>@include</c> and <c>first</c>,
/// whose values may come from variables) run on every request: see <see cref="ExecutionSettings"/>.
/// GraphQL.NET's caching package is not on the feed; this is the small piece it would have provided.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<Key, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();

    /// <summary>The document and the operation a request names; no name and an empty one both select the only operation.</summary>
    public readonly record struct Key(string Query, string? OperationName)
    {
        public static Key Of(string query, string? operationName) => new(query, string.IsNullOrEmpty(operationName) ? null : operationName);
    }

    /// <param name="Validated">The document passed every rule with this operation.</param>
    /// <param name="LimitsIndependentOfVariables">The rules that depend on the request (depth and complexity follow
    /// <c>@skip</c>, <c>@include</c> and <c>first</c>) give the same answer every time: the operation declares no
    /// variables, or uses none where the limits read them (<see cref="LimitsOverVariables"/>).</param>
    public sealed record Entry(Key Key, GraphQLDocument Document, bool Validated, bool LimitsIndependentOfVariables = false);

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
        var key = Key.Of(query, operationName);
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

    public void Set(string query, string? operationName, GraphQLDocument document, bool validated, bool limitsIndependentOfVariables = false)
    {
        if (capacity <= 0)
        {
            return;
        }
        var key = Key.Of(query, operationName);
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
            _entries[key] = _recency.AddFirst(new Entry(key, document, validated, limitsIndependentOfVariables));
        }
    }
}
