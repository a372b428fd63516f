using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage.Caching;

public sealed partial class CachingGraphStore
{
    // ---------------------------------------------------------------- records

    public Task<IReadOnlyList<Study>> GetStudiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        RecordsAsync("study", ids, missing => _inner.GetStudiesAsync(missing, cancellationToken), s => s.Id, cancellationToken);

    public Task<IReadOnlyList<Finding>> GetFindingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _inner.GetFindingsAsync(ids, cancellationToken);

    public async Task<IReadOnlyList<Theme>> GetThemesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _answers.Enabled ? (await TaxonomyAsync(cancellationToken)).ThemesWithIds(ids) : await _inner.GetThemesAsync(ids, cancellationToken);

    public async Task<IReadOnlyList<StakeholderGroup>> GetGroupsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _answers.Enabled ? (await TaxonomyAsync(cancellationToken)).GroupsWithIds(ids) : await _inner.GetGroupsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Journal>> GetJournalsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        RecordsAsync("journal", ids, missing => _inner.GetJournalsAsync(missing, cancellationToken), j => j.Id, cancellationToken);

    public Task<IReadOnlyList<Author>> GetAuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        RecordsAsync("author", ids, missing => _inner.GetAuthorsAsync(missing, cancellationToken), a => a.Id, cancellationToken);

    public Task<IReadOnlyList<Method>> GetMethodsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _inner.GetMethodsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Setting>> GetSettingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _inner.GetSettingsAsync(ids, cancellationToken);

    public async Task<IReadOnlyList<Theme>> ListThemesAsync(ThemeListScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!_answers.Enabled)
        {
            return await _inner.ListThemesAsync(scope, cancellationToken);
        }
        var taxonomy = await TaxonomyAsync(cancellationToken);
        return scope.All ? taxonomy.Themes : scope.ParentId is { } parent ? taxonomy.ChildrenOf(parent).ToList() : taxonomy.TopLevelThemes;
    }

    public async Task<IReadOnlyList<StakeholderGroup>> ListGroupsAsync(CancellationToken cancellationToken = default) =>
        _answers.Enabled ? (await TaxonomyAsync(cancellationToken)).Groups : await _inner.ListGroupsAsync(cancellationToken);

    public Task<IReadOnlyList<Journal>> ListJournalsAsync(CancellationToken cancellationToken = default) =>
        QuestionAsync(Question.Of("journals"), () => _inner.ListJournalsAsync(cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Author>> ListAuthorsAsync(CancellationToken cancellationToken = default) =>
        QuestionAsync(Question.Of("authors"), () => _inner.ListAuthorsAsync(cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Method>> ListMethodsAsync(MethodKind? kind, CancellationToken cancellationToken = default) =>
        _inner.ListMethodsAsync(kind, cancellationToken);

    public Task<IReadOnlyList<Setting>> ListSettingsAsync(CancellationToken cancellationToken = default) =>
        QuestionAsync(Question.Of("settings"), () => _inner.ListSettingsAsync(cancellationToken), cancellationToken);

    /// <summary>Themes and groups, read whole once per epoch (theme writes and seed loads move it).</summary>
    private Task<Taxonomy> TaxonomyAsync(CancellationToken cancellationToken) =>
        KeptAsync(TaxonomyQuestion, NoTags, async () => new Taxonomy(
            await _inner.ListThemesAsync(ThemeListScope.Everything, cancellationToken), await _inner.ListGroupsAsync(cancellationToken)), cancellationToken);

    // ---------------------------------------------------------------- relationships of studies: kept per study

    public Task<ILookup<string, Author>> AuthorsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        OfStudiesAsync("authors-of-study", studyIds, missing => _inner.AuthorsOfStudiesAsync(missing, cancellationToken), cancellationToken);

    public Task<ILookup<string, Method>> MethodsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        OfStudiesAsync("methods-of-study", studyIds, missing => _inner.MethodsOfStudiesAsync(missing, cancellationToken), cancellationToken);

    public Task<ILookup<string, Setting>> SettingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        OfStudiesAsync("settings-of-study", studyIds, missing => _inner.SettingsOfStudiesAsync(missing, cancellationToken), cancellationToken, SettingsTag);

    public Task<ILookup<string, Participation>> ParticipantsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        OfStudiesAsync("participants-of-study", studyIds, missing => _inner.ParticipantsOfStudiesAsync(missing, cancellationToken), cancellationToken);

    public Task<ILookup<string, Finding>> FindingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, FindingFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var kind = filter.ThemeId is null && filter.PerspectiveId is null
            ? "findings-of-study:::"
            : $"findings-of-study:{filter.ThemeId?.Length}:{filter.ThemeId}:{filter.PerspectiveId}";
        return OfStudiesAsync(kind, studyIds,
            missing => _inner.FindingsOfStudiesAsync(missing, filter, cancellationToken), cancellationToken);
    }

    public Task<ILookup<string, Theme>> ThemesOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        OfStudiesAsync("themes-of-study", studyIds, missing => _inner.ThemesOfStudiesAsync(missing, cancellationToken), cancellationToken);

    /// <summary>Kept per study, but on the links: a write of any study sharing a theme changes them (its own fields do not).</summary>
    public async Task<ILookup<string, RelatedStudy>> RelatedStudiesAsync(IReadOnlyCollection<string> studyIds, int first, CancellationToken cancellationToken = default)
    {
        var lists = await PerKeyAsync<IReadOnlyList<RelatedStudy>>(RelatedKind(first), studyIds, _ => LinksTags, async missing =>
        {
            var found = await _inner.RelatedStudiesAsync(missing, first, cancellationToken);
            return missing.Select(id => KeyValuePair.Create(id, ListsByKey<RelatedStudy>.ListOf(found, id)));
        }, cancellationToken);
        return new ListsByKey<RelatedStudy>(lists);
    }

    private static readonly string[] LinksTags = [LinksTag];
    private static readonly string[] NoTags = [];
    private static readonly Question TaxonomyQuestion = Question.Of("taxonomy");

    /// <summary>The cache kind of related-studies lists of <paramref name="first"/> items (the default 5 made once).</summary>
    private static string RelatedKind(int first) => first == 5 ? "related-studies:5" : $"related-studies:{first}";

    // ---------------------------------------------------------------- other relationships: straight to the store

    public async Task<ILookup<string, Theme>> ChildrenOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default)
    {
        if (!_answers.Enabled)
        {
            return await _inner.ChildrenOfThemesAsync(themeIds, cancellationToken);
        }
        var taxonomy = await TaxonomyAsync(cancellationToken);
        return themeIds.Distinct(StringComparer.Ordinal).SelectMany(taxonomy.ChildrenOf).ToLookup(c => c.ParentId!, StringComparer.Ordinal);
    }

    public Task<ILookup<string, Finding>> FindingsOfThemesAsync(IReadOnlyCollection<string> themeIds, string? perspectiveId, bool includeDescendants, CancellationToken cancellationToken = default) =>
        _inner.FindingsOfThemesAsync(themeIds, perspectiveId, includeDescendants, cancellationToken);

    public Task<ILookup<string, Study>> StudiesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        _inner.StudiesOfThemesAsync(themeIds, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> StudyCountsOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        _inner.StudyCountsOfThemesAsync(themeIds, cancellationToken);

    public Task<ILookup<string, GroupCount>> PerspectivesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        _inner.PerspectivesOfThemesAsync(themeIds, cancellationToken);

    public Task<ILookup<string, Study>> StudiesSamplingGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) =>
        _inner.StudiesSamplingGroupsAsync(groupIds, cancellationToken);

    public Task<ILookup<string, Finding>> FindingsFromGroupsAsync(IReadOnlyCollection<string> groupIds, string? themeId, CancellationToken cancellationToken = default) =>
        _inner.FindingsFromGroupsAsync(groupIds, themeId, cancellationToken);

    public Task<ILookup<string, Theme>> ThemesOfGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) =>
        _inner.ThemesOfGroupsAsync(groupIds, cancellationToken);

    public Task<ILookup<string, Study>> StudiesOfJournalsAsync(IReadOnlyCollection<string> journalIds, CancellationToken cancellationToken = default) =>
        _inner.StudiesOfJournalsAsync(journalIds, cancellationToken);

    public Task<ILookup<string, Study>> StudiesOfAuthorsAsync(IReadOnlyCollection<string> authorIds, CancellationToken cancellationToken = default) =>
        _inner.StudiesOfAuthorsAsync(authorIds, cancellationToken);

    public Task<ILookup<string, Study>> StudiesOfMethodsAsync(IReadOnlyCollection<string> methodIds, CancellationToken cancellationToken = default) =>
        _inner.StudiesOfMethodsAsync(methodIds, cancellationToken);

    public Task<ILookup<string, Study>> StudiesOfSettingsAsync(IReadOnlyCollection<string> settingIds, CancellationToken cancellationToken = default) =>
        _inner.StudiesOfSettingsAsync(settingIds, cancellationToken);

    // ---------------------------------------------------------------- whole-graph questions: kept until a study write

    public Task<StudyPage> QueryStudiesAsync(StudyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = query.Filter;
        var key = Question.Of("studies", f.Text, f.YearFrom, f.YearTo, List(f.ThemeIds), List(f.ParticipantGroupIds), List(f.PerspectiveIds), List(f.MethodIds),
            f.JournalId, f.Doi, query.Order, query.First, query.After?.Number, query.After?.Text, query.After?.Id, query.After is null, query.IncludeTotalCount);
        Func<Task<StudyPage>> compute = () => _inner.QueryStudiesAsync(query, cancellationToken);
        if (f.Text is not null || query.Order == StudyOrder.TitleAsc)
        {
            return QuestionAsync(key, compute, cancellationToken);
        }
        // Which studies such a page lists, and in what order, follows from their links (themes, groups, methods,
        // journal) and page keys (year, citations, DOI) only; what it shows of them, from the studies it lists.
        return KeptAsync(key, PageTags, compute, cancellationToken, page => page.Items.Select(i => StudyTag(i.Study.Id)));
    }

    private static readonly string[] PageTags = [LinksTag, PageKeysTag];

    public Task<IReadOnlyList<SearchResult>> SearchAsync(string text, int first, bool withSnippets, CancellationToken cancellationToken = default) =>
        QuestionAsync(Question.Of("search", text, first, withSnippets), () => _inner.SearchAsync(text, first, withSnippets, cancellationToken), cancellationToken);

    public Task<EvidenceMapResult> EvidenceMapAsync(IReadOnlyList<string>? themeIds, IReadOnlyList<string>? groupIds, CancellationToken cancellationToken = default) =>
        LinksQuestionAsync(Question.Of("evidence-map", List(themeIds), List(groupIds)), () => _inner.EvidenceMapAsync(themeIds, groupIds, cancellationToken), cancellationToken);

    public Task<ILookup<EvidenceCellKey, Study>> StudiesOfEvidenceCellsAsync(IReadOnlyCollection<EvidenceCellKey> cells, CancellationToken cancellationToken = default) =>
        _inner.StudiesOfEvidenceCellsAsync(cells, cancellationToken);

    public Task<IReadOnlyList<ThemePairResult>> ThemeCooccurrenceAsync(int minSharedStudies, int first, CancellationToken cancellationToken = default) =>
        LinksQuestionAsync(Question.Of("cooccurrence", minSharedStudies, first), () => _inner.ThemeCooccurrenceAsync(minSharedStudies, first, cancellationToken), cancellationToken);

    public Task<ILookup<ThemePairKey, Study>> SharedStudiesOfThemePairsAsync(IReadOnlyCollection<ThemePairKey> pairs, CancellationToken cancellationToken = default) =>
        _inner.SharedStudiesOfThemePairsAsync(pairs, cancellationToken);

    public Task<IReadOnlyList<GraphPathResult>> PathsAsync(NodeRef from, NodeRef to, int maxHops, int first, CancellationToken cancellationToken = default) =>
        QuestionAsync(Question.Of("paths", from.Kind, from.Id, to.Kind, to.Id, maxHops, first), () => _inner.PathsAsync(from, to, maxHops, first, cancellationToken), cancellationToken);

    public Task<GraphStatistics> StatsAsync(CancellationToken cancellationToken = default) =>
        LinksQuestionAsync(Question.Of("stats"), () => _inner.StatsAsync(cancellationToken), cancellationToken);

    /// <summary>A list argument as one key part: null and empty differ; items length-prefixed so none can pass for two.</summary>
    private static string? List(IReadOnlyList<string>? items) =>
        items is null ? null : string.Concat(items.Select(i => $"{i.Length}:{i};"));

    /// <summary>A question's name and arguments, compared by value (strings ordinally).</summary>
    private sealed class Question : IEquatable<Question>
    {
        private readonly object?[] _parts;

        private Question(object?[] parts) => _parts = parts;

        public static Question Of(params object?[] parts) => new(parts);

        public bool Equals(Question? other) => other is not null && _parts.SequenceEqual(other._parts);

        public override bool Equals(object? obj) => Equals(obj as Question);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var part in _parts)
            {
                hash.Add(part);
            }
            return hash.ToHashCode();
        }
    }
}
