using GraphQL.DataLoader;

namespace PeerGraph.Api.GraphQL.Loading;

/// <summary>
/// A per-request batch loader (GraphQL.DataLoader is not on the feed, so this is ours, on the core library's
/// <see cref="IDataLoaderResult{T}"/>). <see cref="Load"/> only records the key; GraphQL.NET collects the
/// results of one execution level before awaiting any of them, so the first await fetches every key recorded so far
/// in one store call. Results are kept for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batchOf = [];
    private List<TKey> _pending = [];
    private readonly HashSet<TKey> _pendingKeys = [];

    /// <param name="fetch">Loads many keys at once; keys it leaves out get <paramref name="missing"/>.</param>
    /// <param name="missing">The value of a key the store does not know (null, or an empty list).</param>
    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    {
        _fetch = fetch;
        _missing = missing;
    }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.ContainsKey(key) && _pendingKeys.Add(key))
            {
                _pending.Add(key);
            }
        }
        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>>? batch;
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out batch))
            {
                var keys = _pending;
                if (!_pendingKeys.Contains(key))
                {
                    keys.Add(key);
                }
                _pending = [];
                _pendingKeys.Clear();
                batch = _fetch(keys, cancellationToken);
                foreach (var k in keys)
                {
                    _batchOf[k] = batch;
                }
            }
        }
        var values = await batch;
        return values.TryGetValue(key, out var value) ? value : _missing;
    }

    /// <summary>The value of <paramref name="key"/> when its batch has already been fetched (most awaits of a request), without an await.</summary>
    private bool TryGetDone(TKey key, out TValue value)
    {
        Task<IReadOnlyDictionary<TKey, TValue>>? batch;
        lock (_gate)
        {
            _batchOf.TryGetValue(key, out batch);
        }
        if (batch is { IsCompletedSuccessfully: true })
        {
            value = batch.Result.TryGetValue(key, out var found) ? found : _missing;
            return true;
        }
        value = default!;
        return false;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.TryGetDone(key, out var value) ? Task.FromResult(value) : loader.GetAsync(key, cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            loader.TryGetDone(key, out var value) ? Task.FromResult<object?>(value) : Boxed(GetResultAsync(cancellationToken));

        private static async Task<object?> Boxed(Task<TValue> value) => await value;
    }
}
