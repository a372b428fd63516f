using GraphQL.DataLoader;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request, one per record kind and per relationship (and per argument value where the
/// relationship takes arguments), each turning many resolver calls of one execution level into one store call.
/// The loaders a study page uses on every request (records by id, a study's authors and unfiltered findings) are
/// fields, made at their first use, so that a resolver call allocates no key string, delegate or dictionary entry.
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private BatchLoader<string, Study?>? _study;
    private BatchLoader<string, Theme?>? _theme;
    private BatchLoader<string, StakeholderGroup?>? _group;
    private BatchLoader<string, IReadOnlyList<Author>>? _authorsOfStudy;
    private BatchLoader<string, IReadOnlyList<Finding>>? _findingsOfStudy;

    public IGraphStore Store { get; } = store;

    // ---------------------------------------------------------------- records by id
    public IDataLoaderResult<Study?> Study(string id) => (_study ?? Once(ref _study, Records(Store.GetStudiesAsync, (Study s) => s.Id))).Load(id);
    public IDataLoaderResult<Finding?> Finding(string id) => Records("finding", Store.GetFindingsAsync, (Finding f) => f.Id).Load(id);
    public IDataLoaderResult<Theme?> Theme(string id) => (_theme ?? Once(ref _theme, Records(Store.GetThemesAsync, (Theme t) => t.Id))).Load(id);
    public IDataLoaderResult<StakeholderGroup?> Group(string id) => (_group ?? Once(ref _group, Records(Store.GetGroupsAsync, (StakeholderGroup g) => g.Id))).Load(id);
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
    public IDataLoaderResult<IReadOnlyList<Author>> AuthorsOfStudy(string studyId) =>
        (_authorsOfStudy ?? Once(ref _authorsOfStudy, Related<Author>(Store.AuthorsOfStudiesAsync))).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Method>> MethodsOfStudy(string studyId) => Related<Method>("methods-of-study", Store.MethodsOfStudiesAsync).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Setting>> SettingsOfStudy(string studyId) => Related<Setting>("settings-of-study", Store.SettingsOfStudiesAsync).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Participation>> ParticipantsOfStudy(string studyId) => Related<Participation>("participants-of-study", Store.ParticipantsOfStudiesAsync).Load(studyId);
    public IDataLoaderResult<IReadOnlyList<Theme>> ThemesOfStudy(string studyId) => Related<Theme>("themes-of-study", Store.ThemesOfStudiesAsync).Load(studyId);

    public IDataLoaderResult<IReadOnlyList<Finding>> FindingsOfStudy(string studyId, FindingFilter filter) =>
        filter.ThemeId is null && filter.PerspectiveId is null
            ? (_findingsOfStudy ?? Once(ref _findingsOfStudy, Related<Finding>((ids, ct) => Store.FindingsOfStudiesAsync(ids, filter, ct)))).Load(studyId)
            : Related<Finding>($"findings-of-study:{filter.ThemeId}:{filter.PerspectiveId}", (ids, ct) => Store.FindingsOfStudiesAsync(ids, filter, ct)).Load(studyId);

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
    private static BatchLoader<string, T?> Records<T>(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> fetch, Func<T, string> id)
        where T : class =>
        new(async (ids, ct) => ToDictionary(await fetch(ids, ct), id), null);

    private BatchLoader<string, T?> Records<T>(string name, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> fetch, Func<T, string> id)
        where T : class =>
        Named(name, () => Records(fetch, id));

    private static BatchLoader<string, IReadOnlyList<T>> Related<T>(Func<IReadOnlyCollection<string>, CancellationToken, Task<ILookup<string, T>>> fetch) =>
        new(async (ids, ct) => ToLists(await fetch(ids, ct)), []);

    private BatchLoader<string, IReadOnlyList<T>> Related<T>(string name, Func<IReadOnlyCollection<string>, CancellationToken, Task<ILookup<string, T>>> fetch) =>
        Named(name, () => Related(fetch));

    private BatchLoader<TKey, TValue> Loader<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull =>
        Named(name, () => new BatchLoader<TKey, TValue>(fetch, missing));

    /// <summary>The request's loader named <paramref name="name"/>, made by <paramref name="make"/> the first time it is asked for.</summary>
    private BatchLoader<TKey, TValue> Named<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> make)
        where TKey : notnull
    {
        lock (_loaders)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = make();
                _loaders.Add(name, loader);
            }
            return (BatchLoader<TKey, TValue>)loader;
        }
    }

    /// <summary>The loader in <paramref name="field"/>, set to <paramref name="made"/> unless another resolver set it first.</summary>
    private static T Once<T>(ref T? field, T made) where T : class => Interlocked.CompareExchange(ref field, made, null) ?? made;

    private static IReadOnlyDictionary<string, T?> ToDictionary<T>(IReadOnlyList<T> records, Func<T, string> id) where T : class
    {
        var byId = new Dictionary<string, T?>(records.Count, StringComparer.Ordinal);
        foreach (var record in records)
        {
            byId[id(record)] = record;
        }
        return byId;
    }

    /// <summary>The lists by key; those a <see cref="ListsByKey{T}"/> (the answer cache's) already holds are taken as they are.</summary>
    private static IReadOnlyDictionary<TKey, IReadOnlyList<T>> ToLists<TKey, T>(ILookup<TKey, T> lookup) where TKey : notnull =>
        lookup is ListsByKey<T> lists && lists.Lists is IReadOnlyDictionary<TKey, IReadOnlyList<T>> kept
            ? kept
            : lookup.ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
}
