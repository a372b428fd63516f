namespace PeerGraph.Api.Http;

/// <summary>What the GraphQL endpoint learned of a request, for the request log (an ASP.NET Core request feature).</summary>
public sealed class GraphQLOperationFeature
{
    /// <summary>The operation name the request gave, or "(anonymous)".</summary>
    public required string OperationName { get; init; }

    /// <summary>query, mutation, subscription, or "unknown" when the document did not parse or names no such operation.</summary>
    public required string OperationType { get; init; }

    public int ErrorCount { get; set; }
}
