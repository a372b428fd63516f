using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>
/// Turns the predecessor relation of a breadth-first search (each node reached, with every node one level closer to
/// the start and the relationship between them) into paths from start to target, at most <c>first</c> of them.
/// Shared by stores whose database leaves the last step to the caller.
/// </summary>
public static class ShortestPathWalker
{
    public static IReadOnlyList<GraphPathResult> Walk(
        NodeRef start, NodeRef target, ILookup<NodeRef, (NodeRef Pred, string Type, bool Forward)> predecessors, int first)
    {
        var paths = new List<GraphPathResult>();
        var reversedSteps = new List<PathStepResult>();
        var reversedNodes = new List<NodeRef> { target };

        void Visit(NodeRef node)
        {
            if (paths.Count >= first)
            {
                return;
            }
            if (node == start)
            {
                var nodes = Enumerable.Reverse(reversedNodes).ToList();
                var steps = Enumerable.Reverse(reversedSteps).ToList();
                paths.Add(new GraphPathResult(nodes, steps));
                return;
            }
            foreach (var (pred, type, forward) in predecessors[node])
            {
                reversedNodes.Add(pred);
                reversedSteps.Add(forward ? new PathStepResult(pred, node, type) : new PathStepResult(node, pred, type));
                Visit(pred);
                reversedNodes.RemoveAt(reversedNodes.Count - 1);
                reversedSteps.RemoveAt(reversedSteps.Count - 1);
            }
        }

        Visit(target);
        return paths;
    }
}
