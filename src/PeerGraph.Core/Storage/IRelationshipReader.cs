using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>
/// A relationship loaded for many parents at once. Each returns a lookup keyed by parent id
/// (a parent with none, or an unknown parent, has an empty sequence), each sequence in the
/// contract's order. Study lists are in the default order (year descending, nulls last, then id).
/// </summary>
public interface IRelationshipReader
{
    // Of studies
    /// <summary>Authors in source order.</summary>
    Task<ILookup<string, Author>> AuthorsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default);
    /// <summary>Methods in the order the study lists them.</summary>
    Task<ILookup<string, Method>> MethodsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default);
    Task<ILookup<string, Setting>> SettingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default);
    Task<ILookup<string, Participation>> ParticipantsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default);
    /// <summary>Findings in the order the study lists them, narrowed by <paramref name="filter"/>.</summary>
    Task<ILookup<string, Finding>> FindingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, FindingFilter filter, CancellationToken cancellationToken = default);
    /// <summary>The distinct themes the study's findings name (not their ancestors), in order of first mention.</summary>
    Task<ILookup<string, Theme>> ThemesOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default);
    /// <summary>Other studies by Jaccard similarity of theme sets, then shared count, then id; at most <paramref name="first"/> each.</summary>
    Task<ILookup<string, RelatedStudy>> RelatedStudiesAsync(IReadOnlyCollection<string> studyIds, int first, CancellationToken cancellationToken = default);

    // Of themes
    Task<ILookup<string, Theme>> ChildrenOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default);
    /// <summary>Findings on the theme (and its descendants when asked), optionally from one perspective; in study then finding order.</summary>
    Task<ILookup<string, Finding>> FindingsOfThemesAsync(IReadOnlyCollection<string> themeIds, string? perspectiveId, bool includeDescendants, CancellationToken cancellationToken = default);
    /// <summary>Studies with a finding on the theme or any descendant.</summary>
    Task<ILookup<string, Study>> StudiesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default);
    /// <summary>The number of studies <see cref="StudiesOfThemesAsync"/> would return, without loading them.</summary>
    Task<IReadOnlyDictionary<string, int>> StudyCountsOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default);
    /// <summary>Per group: studies and findings on the theme or its descendants from that perspective; groups with none left out; most studies first, then most findings, then group order.</summary>
    Task<ILookup<string, GroupCount>> PerspectivesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default);

    // Of stakeholder groups
    /// <summary>Studies that sampled the group.</summary>
    Task<ILookup<string, Study>> StudiesSamplingGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default);
    /// <summary>Findings from the group's perspective, optionally on a theme and its descendants.</summary>
    Task<ILookup<string, Finding>> FindingsFromGroupsAsync(IReadOnlyCollection<string> groupIds, string? themeId, CancellationToken cancellationToken = default);
    /// <summary>Themes with at least one finding from the group's perspective, in taxonomy order.</summary>
    Task<ILookup<string, Theme>> ThemesOfGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default);

    // Of journals, authors, methods, settings
    Task<ILookup<string, Study>> StudiesOfJournalsAsync(IReadOnlyCollection<string> journalIds, CancellationToken cancellationToken = default);
    Task<ILookup<string, Study>> StudiesOfAuthorsAsync(IReadOnlyCollection<string> authorIds, CancellationToken cancellationToken = default);
    Task<ILookup<string, Study>> StudiesOfMethodsAsync(IReadOnlyCollection<string> methodIds, CancellationToken cancellationToken = default);
    Task<ILookup<string, Study>> StudiesOfSettingsAsync(IReadOnlyCollection<string> settingIds, CancellationToken cancellationToken = default);
}
