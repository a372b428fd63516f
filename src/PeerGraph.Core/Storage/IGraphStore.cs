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
}
