using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>A finding inside a study record; its id is <c>&lt;study id&gt;/&lt;slug&gt;</c>.</summary>
public sealed record FindingRecord(
    string Id,
    string ThemeId,
    IReadOnlyList<string> PerspectiveIds,
    IReadOnlyList<string> AboutIds,
    string Statement,
    string? Evidence)
{
    public Finding ToFinding(string studyId) => new(Id, studyId, ThemeId, PerspectiveIds, AboutIds, Statement, Evidence);
}
