using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>One page of studies, each with the cursor that resumes after it.</summary>
public sealed record StudyPage(
    IReadOnlyList<StudyPageItem> Items,
    bool HasNextPage,
    bool HasPreviousPage,
    int? TotalCount);

public sealed record StudyPageItem(Study Study, StudyCursor Cursor);
