using PeerGraph.Core.Domain;

namespace PeerGraph.Sqlite.Search;

/// <summary>
/// One searchable record as search_doc holds it: a study (heading = title, keywords, body = abstract), a finding
/// (body = statement, evidence) or a theme (heading = name, body = description). <see cref="Key"/> is its search_doc
/// rowid; <see cref="StudyId"/> is the study a study or finding document belongs to, so a study write replaces them all (a write of its own fields only, its own).
/// </summary>
internal sealed record SearchDocument(long Key, NodeKind Kind, string NodeId, string? StudyId, string? Heading, string? Keywords, string? Body, string? Evidence)
{
    /// <summary>The texts in the order a snippet is looked for in them.</summary>
    public IEnumerable<string?> Texts => [Heading, Keywords, Body, Evidence];
}

/// <summary>A document found by the index: its key, node and score (higher is better).</summary>
internal readonly record struct SearchIndexHit(long Key, NodeRef Node, double Score);
