namespace PeerGraph.Core.Domain;

/// <summary>A reference to any node of the graph: its kind and its slug.</summary>
public readonly record struct NodeRef(NodeKind Kind, string Id)
{
    public override string ToString() => $"{Kind}:{Id}";
}
