using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Storage;

/// <summary>
/// Writes, each one transaction. Callers validate first (see the Seed namespace); a store still refuses
/// a write that breaks its constraints by throwing <see cref="StoreConstraintException"/>, and then
/// nothing has changed.
/// </summary>
public interface IGraphWriter
{
    /// <summary>Creates or replaces a study with its findings, participants, authors, methods and settings.</summary>
    Task UpsertStudyAsync(StudyRecord study, CancellationToken cancellationToken = default);

    /// <summary>Deletes a study and its findings; false when there was none.</summary>
    Task<bool> DeleteStudyAsync(string studyId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a theme (its parent must exist and the tree must stay acyclic).</summary>
    Task UpsertThemeAsync(Theme theme, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole graph with the seed: a second load of the same seed gives the same graph, a changed
    /// record is updated in place, a study not in the seed disappears.
    /// </summary>
    Task LoadSeedAsync(SeedGraph seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole graph with a checked seed whose studies are read as they are written (a bundle too large
    /// to hold whole). This default reads them all into memory first; a store that can stream overrides it (SQLite).
    /// </summary>
    Task LoadSeedAsync(CheckedSeed seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        LoadSeedAsync(seed.ToGraph(), progress, cancellationToken);

    /// <summary>True when the store holds no study, theme or group (the API seeds an empty store at start-up).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);
}
