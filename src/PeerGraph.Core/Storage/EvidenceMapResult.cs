using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>The evidence map: its rows, columns and every cell, rows in theme order, columns in group order.</summary>
public sealed record EvidenceMapResult(
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<StakeholderGroup> Groups,
    IReadOnlyList<EvidenceCellResult> Cells);

public sealed record EvidenceCellResult(string ThemeId, string GroupId, int StudyCount, int FindingCount)
{
    public EvidenceCellKey Key => new(ThemeId, GroupId);
}

public readonly record struct EvidenceCellKey(string ThemeId, string GroupId);
