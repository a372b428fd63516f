using PeerGraph.Api.GraphQL.Loading;

namespace PeerGraph.Api.GraphQL;

/// <summary>
/// The user context of one request: GraphQL.NET's dictionary plus the request's batch loaders, so that resolvers
/// reach them without a service lookup per field (scoped lookups take a lock shared by the request's parallel fields).
/// </summary>
public sealed class PeerGraphUserContext(GraphLoaders loaders) : Dictionary<string, object?>
{
    public GraphLoaders Loaders { get; } = loaders;
}
