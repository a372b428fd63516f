using System.Collections.Concurrent;
using GraphQL.DataLoader;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request, one per record kind and per relationship (and per argument value where the
/// relationship takes arguments), each turning many resolver calls of one execution level into one store call.
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public IGraphStore Store { get; } = store;

    // ---------------------------------------------------------------- records by id
    public IDataLoaderResult<Study?> Study(string id) => Records("study", Store.GetStudiesAsync, (Study s) => s.Id).Load(id);
    public IDataLoaderResult<Finding?> Finding(string id) => Records("finding", Store.GetFindingsAsync, (Finding f) => f.Id).Load(id);
    public IDataLoaderResult<Theme?> Theme(string id) => Records("theme", Store.GetThemesAsync, (Theme t) => t.Id).Load(id);
    public IDataLoaderResult<StakeholderGroup?> Group(string id) => Records("group", Store.GetGroupsAsync, (StakeholderGroup g) => g.Id).Load(id);
    public IDataLoaderResult<Journal?> Journal(string id) => Records("journal", Store.GetJournalsAsync, (Journal j) => j.Id).Load(id);
    public IDataLoaderResult<Author?> Author(string id) => Records("author", Store.GetAuthorsAsync, (Author a) => a.Id).Load(id);
    public IDataLoaderResult<Method?> Method(string id) => Records("method", Store.GetMethodsAsync, (Method m) => m.Id).Load(id);
    public IDataLoaderResult<Setting?> Setting(string id) => Records("setting", Store.GetSettingsAsync, (Setting x) => x.Id).Load(id);

    /// <summary>Any node by kind and slug, null when there is none.</summary>
    public IDataLoaderResult<object?> Node(NodeRef node) => node.Kind switch
    {
        NodeKind.Study => Study(node.Id).Then(x => (object?)x),
        NodeKind.Finding => Finding(node.Id).Then(x => (object?)x),
        NodeKind.Theme => Theme(node.Id).Then(x => (object?)x),
        NodeKind.StakeholderGroup => Group(node.Id).Then(x => (object?)x),
        NodeKind.Journal => Journal(node.Id).Then(x => (object?)x),
        NodeKind.Author => Author(node.Id).Then(x => (object?)x),
        NodeKind.Method => Method(node.Id).Then(x => (object?)x),
        NodeKind.Setting => Setting(node.Id).Then(x => (object?)x),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    // ---------------------------------------------------------------- relationships
    public IDataLoaderResult<IReadOnlyList<Author>> AuthorsOfStudy(string studyId) => Related<Author>("authors-of-study", Store.AuthorsOfStudiesAsync).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Method>> MethodsOfStudy(string studyId) => Related<Method>("methods-of-study", Store.MethodsOfStudiesAsync).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Setting>> SettingsOfStudy(string studyId) => Related<Setting>("settings-of-study", Store.SettingsOfStudiesAsync).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Participation>> ParticipantsOfStudy(string studyId) => Related<Participation>("participants-of-study", Store.ParticipantsOfStudiesAsync).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Theme>> ThemesOfStudy(string studyId) => Related<Theme>("themes-of-study", Store.ThemesOfStudiesAsync).Load(studyId);

    public IDataLoaderResult<IReadOnlyList<Finding>> FindingsOfStudy(string studyId, FindingFilter filter) =>
        Related<Finding>($"findings-of-study:{filter.ThemeId}:{filter.PerspectiveId}", (ids, ct) => Store.FindingsOfStudiesAsync(ids, filter, ct)).Load(studyId);

    public IDataLoaderResult<IReadOnlyList<RelatedStudy>> RelatedStudies(string studyId, int first) =>
        Related<RelatedStudy>($"related-studies:{first}", (ids, ct) => Store.RelatedStudiesAsync(ids, first, ct)).Load(studyId);

    public IDataLoaderResult<IReadOnlyList<Theme>> ChildrenOfTheme(string themeId) => Related<Theme>("children-of-theme", Store.ChildrenOfThemesAsync).Load(themeId);

    public IDataLoaderResult<IReadOnlyList<Finding>> FindingsOfTheme(string themeId, string? perspectiveId, bool includeDescendants) =>
        Related<Finding>($"findings-of-theme:{perspectiveId}:{includeDescendants}", (ids, ct) => Store.FindingsOfThemesAsync(ids, perspectiveId, includeDescendants, ct)).Load(themeId);

    public IDataLoaderResult<IReadOnlyList<Study>> StudiesOfTheme(string themeId) => Related<Study>("studies-of-theme", Store.StudiesOfThemesAsync).Load(themeId);
    public IDataLoaderResult<IReadOnlyList<GroupCount>> PerspectivesOfTheme(string themeId) => Related<GroupCount>("perspectives-of-theme", Store.PerspectivesOfThemesAsync).Load(themeId);

    public IDataLoaderResult<int> StudyCountOfTheme(string themeId) =>
        Loader<string, int>("study-count-of-theme", async (ids, ct) => await Store.StudyCountsOfThemesAsync(ids, ct), 0).Load(themeId);

    public IDataLoaderResult<IReadOnlyList<Study>> StudiesSamplingGroup(string groupId) => Related<Study>("studies-sampling-group", Store.StudiesSamplingGroupsAsync).Load(groupId);
    public IDataLoaderResult<IReadOnlyList<Theme>> ThemesOfGroup(string groupId) => Related<Theme>("themes-of-group", Store.ThemesOfGroupsAsync).Load(groupId);

    public IDataLoaderResult<IReadOnlyList<Finding>> FindingsFromGroup(string groupId, string? themeId) =>
        Related<Finding>($"findings-from-group:{themeId}", (ids, ct) => Store.FindingsFromGroupsAsync(ids, themeId, ct)).Load(groupId);

    public IDataLoaderResult<IReadOnlyList<Study>> StudiesOfJournal(string journalId) => Related<Study>("studies-of-journal", Store.StudiesOfJournalsAsync).Load(journalId);
    public IDataLoaderResult<IReadOnlyList<Study>> StudiesOfAuthor(string authorId) => Related<Study>("studies-of-author", Store.StudiesOfAuthorsAsync).Load(authorId);
    public IDataLoaderResult<IReadOnlyList<Study>> StudiesOfMethod(string methodId) => Related<Study>("studies-of-method", Store.StudiesOfMethodsAsync).Load(methodId);
    public IDataLoaderResult<IReadOnlyList<Study>> StudiesOfSetting(string settingId) => Related<Study>("studies-of-setting", Store.StudiesOfSettingsAsync).Load(settingId);

    public IDataLoaderResult<IReadOnlyList<Study>> StudiesOfCell(EvidenceCellKey cell) =>
        Loader<EvidenceCellKey, IReadOnlyList<Study>>("studies-of-cell", async (keys, ct) => ToLists(await Store.StudiesOfEvidenceCellsAsync(keys, ct)), []).Load(cell);

    public IDataLoaderResult<IReadOnlyList<Study>> SharedStudiesOfPair(ThemePairKey pair) =>
        Loader<ThemePairKey, IReadOnlyList<Study>>("shared-studies-of-pair", async (keys, ct) => ToLists(await Store.SharedStudiesOfThemePairsAsync(keys, ct)), []).Load(pair);

    // ---------------------------------------------------------------- plumbing
    private BatchLoader<string, T?> Records<T>(string name, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> fetch, Func<T, string> id)
        where T : class =>
        Loader<string, T?>(name, async (ids, ct) => (await fetch(ids, ct)).ToDictionary(id, r => (T?)r, StringComparer.Ordinal), null);

    private BatchLoader<string, IReadOnlyList<T>> Related<T>(string name, Func<IReadOnlyCollection<string>, CancellationToken, Task<ILookup<string, T>>> fetch) =>
        Loader<string, IReadOnlyList<T>>(name, async (ids, ct) => ToLists(await fetch(ids, ct)), []);

    private BatchLoader<TKey, TValue> Loader<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));

    private static IReadOnlyDictionary<TKey, IReadOnlyList<T>> ToLists<TKey, T>(ILookup<TKey, T> lookup) where TKey : notnull =>
        lookup.ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
}
