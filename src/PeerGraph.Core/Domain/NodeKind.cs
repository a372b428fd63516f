namespace PeerGraph.Core.Domain;

/// <summary>The node labels of the graph model; the names are the GraphQL type names and Neo4j labels.</summary>
public enum NodeKind
{
    Study,
    Finding,
    Theme,
    StakeholderGroup,
    Journal,
    Author,
    Method,
    Setting,
}
