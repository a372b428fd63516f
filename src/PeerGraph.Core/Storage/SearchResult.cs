using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>A search hit: a Study, Finding or Theme, its relevance (higher is better) and a snippet around the match.</summary>
public sealed record SearchResult(NodeRef Node, double Score, string? Snippet);
