namespace PeerGraph.Core.Domain;

/// <summary>The document a study was curated from (a file in the seed sources) and what kind of page it is.</summary>
public sealed record SourceDocument(string File, string? Kind);
