using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>The StudyConnection type over one page from the store (Relay connection with opaque cursors).</summary>
internal sealed class StudyConnectionView(StudyPage page)
{
    public IReadOnlyList<StudyEdgeView> Edges { get; } = page.Items.Select(i => new StudyEdgeView(StudyCursorCodec.Encode(i.Cursor), i.Study)).ToList();

    public IReadOnlyList<Study> Nodes => page.Items.Select(i => i.Study).ToList();

    public PageInfoView PageInfo => new(page.HasNextPage, page.HasPreviousPage, Edges.FirstOrDefault()?.Cursor, Edges.LastOrDefault()?.Cursor);

    /// <summary>Counted by the store only when the field is selected.</summary>
    public int? TotalCount => page.TotalCount;
}

internal sealed record StudyEdgeView(string Cursor, Study Node);

internal sealed record PageInfoView(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
