namespace PeerGraph.Core.Storage;

/// <summary>
/// Implemented by a store whose data can change without passing through this object (another process writing the
/// same database file): a number that grows with every committed write, from anywhere. <see cref="Caching.CachingGraphStore"/>
/// reads it once per read scope to tell whether answers it keeps may be stale.
/// </summary>
public interface IStoreVersion
{
    Task<long> ReadVersionAsync(CancellationToken cancellationToken = default);
}
