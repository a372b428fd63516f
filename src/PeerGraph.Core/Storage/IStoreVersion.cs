namespace PeerGraph.Core.Storage;

/// <summary>
/// Implemented by a store whose data can change without passing through this object (another process writing the
/// same database file): a number that grows with every committed write, from anywhere. <see cref="Caching.CachingGraphStore"/>
/// reads it once per read scope to tell whether answers it keeps may be stale.
/// </summary>
public interface IStoreVersion
{
    /// <summary>
    /// The version the current read scope holds (<see cref="IGraphStore.OpenReadScope"/>: read once, then read again
    /// after a write through the store, and moved forward by <see cref="ReadLatestVersionAsync"/>), else now.
    /// </summary>
    Task<long> ReadVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The version now, even inside a read scope that remembers an older one: what a write starts from and ends at. (A
    /// mutation's request reads in its scope, then may wait behind other writes; their versions are not its own.)
    /// </summary>
    Task<long> ReadLatestVersionAsync(CancellationToken cancellationToken = default);
}
