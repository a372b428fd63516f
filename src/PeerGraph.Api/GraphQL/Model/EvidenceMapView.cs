using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>The EvidenceMap type: rows, columns, every cell, and the cells without evidence.</summary>
internal sealed class EvidenceMapView(EvidenceMapResult map)
{
    public IReadOnlyList<Theme> Themes => map.Themes;
    public IReadOnlyList<StakeholderGroup> Groups => map.Groups;
    public IReadOnlyList<EvidenceCellResult> Cells => map.Cells;
    public IReadOnlyList<EvidenceCellResult> Gaps => map.Cells.Where(c => c.StudyCount == 0).ToList();
}
