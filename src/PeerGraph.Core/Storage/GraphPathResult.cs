using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>A path: its nodes from start to end and its steps, each step with the relationship as stored (From -[Type]-> To).</summary>
public sealed record GraphPathResult(IReadOnlyList<NodeRef> Nodes, IReadOnlyList<PathStepResult> Steps)
{
    public int Length => Steps.Count;
}

public sealed record PathStepResult(NodeRef From, NodeRef To, string Type);
