using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>The graph questions of the contract, each answered by the database in one or a few statements.</summary>
public interface IGraphQuestions
{
    /// <summary>
    /// Full-text search over study titles, abstracts and keywords, finding statements and evidence, theme names
    /// and descriptions. Case-insensitive; every word must match (the last as a prefix); best first (equal scores in
    /// a stable order the store chooses). The caller rejects empty text and checks <paramref name="first"/> (1 to 100).
    /// With <paramref name="withSnippets"/> false every <see cref="SearchResult.Snippet"/> is null and the store does not
    /// read the texts they come from (a caller that shows no snippet); nodes, scores and order are the same.
    /// </summary>
    Task<IReadOnlyList<SearchResult>> SearchAsync(string text, int first, bool withSnippets, CancellationToken cancellationToken = default);

    /// <summary>
    /// Theme x perspective counts. Rows: <paramref name="themeIds"/> in the order given (unknown ids left out),
    /// or the top-level themes; columns: <paramref name="groupIds"/> likewise, or every group. A cell counts
    /// findings on the theme and its descendants from that group's perspective, and their distinct studies.
    /// </summary>
    Task<EvidenceMapResult> EvidenceMapAsync(IReadOnlyList<string>? themeIds, IReadOnlyList<string>? groupIds, CancellationToken cancellationToken = default);

    /// <summary>The distinct studies of each evidence cell, in the default study order.</summary>
    Task<ILookup<EvidenceCellKey, Study>> StudiesOfEvidenceCellsAsync(IReadOnlyCollection<EvidenceCellKey> cells, CancellationToken cancellationToken = default);

    /// <summary>
    /// Pairs of themes reported by the same studies (themes at the level findings name them), with
    /// <see cref="ThemePairResult.ThemeAId"/> &lt; <see cref="ThemePairResult.ThemeBId"/>; most shared first,
    /// then by Jaccard, then by ids.
    /// </summary>
    Task<IReadOnlyList<ThemePairResult>> ThemeCooccurrenceAsync(int minSharedStudies, int first, CancellationToken cancellationToken = default);

    /// <summary>The studies each pair shares, in the default study order.</summary>
    Task<ILookup<ThemePairKey, Study>> SharedStudiesOfThemePairsAsync(IReadOnlyCollection<ThemePairKey> pairs, CancellationToken cancellationToken = default);

    /// <summary>
    /// Shortest paths (breadth first, every relationship type, either direction) of at most
    /// <paramref name="maxHops"/> hops; at most <paramref name="first"/>. Empty when either node is missing.
    /// A node to itself is one path of length 0.
    /// </summary>
    Task<IReadOnlyList<GraphPathResult>> PathsAsync(NodeRef from, NodeRef to, int maxHops, int first, CancellationToken cancellationToken = default);

    /// <summary>Nodes by kind and every relationship of the graph model.</summary>
    Task<GraphStatistics> StatsAsync(CancellationToken cancellationToken = default);
}
