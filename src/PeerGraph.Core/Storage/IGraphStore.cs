namespace PeerGraph.Core.Storage;

/// <summary>
/// A store of the PeerGraph graph (SQLite, Neo4j). Batch-shaped so that resolvers, through
/// per-request batch loaders, cost a fixed number of calls per request whatever the page size.
/// Ids are slugs throughout; global ids are the API's business. Lists of ids may hold unknown ids,
/// which match nothing and are never an error.
/// </summary>
public interface IGraphStore : IRecordReader, IRelationshipReader, IStudyQueries, IGraphQuestions, IGraphWriter
{
    /// <summary>Creates or migrates the schema (tables, indexes, constraints); safe to call at every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the store answers (the readiness probe).</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the calls made from the current asynchronous flow, until the scope is disposed, as parts of one read (one
    /// API request). A store that keeps answers between calls may then check once per scope, instead of once per call,
    /// whether anything was written since; answers within the scope are then those of the data as of its first read,
    /// except that a write made through this store inside the scope is seen by the reads after it.
    /// Stores that keep nothing need not override this.
    /// </summary>
    IDisposable OpenReadScope() => NoReadScope.Instance;

    /// <summary>
    /// Builds what the store keeps in memory to answer reads (the SQLite store: its search index and theme sets), so
    /// that the first requests after start do not wait for it. Stores that keep nothing need not override this.
    /// </summary>
    Task WarmUpAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    private sealed class NoReadScope : IDisposable
    {
        public static NoReadScope Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
