namespace PeerGraph.Core.Storage;

/// <summary>A request for one page of studies. <see cref="First"/> is 0 to 100 (the caller checks).</summary>
public sealed record StudyQuery(
    StudyFilter Filter,
    StudyOrder Order = StudyOrder.YearDesc,
    int First = 20,
    StudyCursor? After = null,
    bool IncludeTotalCount = false);
