namespace PeerGraph.Core.Storage;

/// <summary>Paged, filtered, ordered study lists with keyset cursors.</summary>
public interface IStudyQueries
{
    /// <summary>
    /// One page of studies matching every filter, in the order asked (ties broken by id), starting after
    /// the cursor. The total is counted only when <see cref="StudyQuery.IncludeTotalCount"/> is set.
    /// </summary>
    Task<StudyPage> QueryStudiesAsync(StudyQuery query, CancellationToken cancellationToken = default);
}
