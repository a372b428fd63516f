using GraphQL.DataLoader;

namespace PeerGraph.Api.GraphQL.Loading;

/// <summary>Several loader results as one, for list fields whose items each come from a loader.</summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IEnumerable<IDataLoaderResult<T>> results) => new AllResult<T>(results.ToList());

    /// <summary>The loaded values that are not null (items the store no longer has are dropped).</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> AllFound<T>(IEnumerable<IDataLoaderResult<T?>> results) where T : class =>
        new AllFoundResult<T>(results.ToList());

    public static IDataLoaderResult<T> Done<T>(T value) => new DoneResult<T>(value);

    private sealed class AllResult<T>(List<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken));
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    /// <summary>As <see cref="All{T}"/> then dropping nulls, in one step (a finding's perspectives on every study page).</summary>
    private sealed class AllFoundResult<T>(List<IDataLoaderResult<T?>> results) : IDataLoaderResult<IReadOnlyList<T>>
        where T : class
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
            {
                if (await result.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class DoneResult<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
