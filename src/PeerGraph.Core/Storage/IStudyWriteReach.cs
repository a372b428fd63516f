using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Storage;

/// <summary>How far an upsert of a study reached, as a store that compares it with the stored study tells it.</summary>
public enum StudyWriteReach
{
    /// <summary>Nothing was written: the study was stored exactly as sent.</summary>
    Nothing,

    /// <summary>
    /// Only the study's own fields (title, abstract, year, DOI, keywords...): not its findings, themes, participants,
    /// authors, methods, settings or journal, so nothing derived from those (evidence cells, roll-ups, related
    /// studies, counts) changed.
    /// </summary>
    OwnFields,

    /// <summary>The study and anything hanging off it or derived from it.</summary>
    Everything,
}

/// <summary>
/// Implemented by a store whose upsert tells how far it reached (SQLite); <see cref="Caching.CachingGraphStore"/> then
/// keeps the answers a write of a study's own fields cannot change. Same transaction and errors as
/// <see cref="IGraphWriter.UpsertStudyAsync"/>.
/// </summary>
public interface IStudyWriteReach
{
    Task<StudyWriteReach> UpsertStudyReachingAsync(StudyRecord study, CancellationToken cancellationToken = default);
}
