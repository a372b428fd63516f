using System.Text.Json;
using System.Text.RegularExpressions;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Neo4j.Client;

namespace PeerGraph.Neo4j.Store;

/// <summary>
/// The graph in Neo4j, through the Query API client: every statement a parameterised file under Cypher/, the graph
/// model of architecture.md (labels, relationship types and directions, <c>id</c> slugs). Graph questions are answered
/// in Cypher (allShortestPaths, COUNT {}, the full-text index, SUBTHEME_OF*0.. roll-ups). Seeds are written in one
/// explicit transaction with UNWIND batches, so a failed seed leaves the database as it was.
/// NOT YET RUN AGAINST A LIVE NEO4J: the statements pass Neo4j's linter and the store contract suite is wired to run
/// when NEO4J_URI is set (tests/PeerGraph.Neo4j.Tests); see the README's status section.
/// </summary>
public sealed partial class Neo4jGraphStore(Neo4jQueryClient client) : IGraphStore
{
    private const int StudyBatch = 500;
    private const int FindingBatch = 2000;

    // ---------------------------------------------------------------- plumbing
    private static Dictionary<string, object?> P(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private async Task<IReadOnlyList<Neo4jRecord>> ReadAsync(string statement, Dictionary<string, object?>? parameters, CancellationToken ct) =>
        (await client.RunAsync(CypherStatements.Get(statement), parameters, AccessMode.Read, ct)).Records;

    private async Task<IReadOnlyList<T>> ValuesAsync<T>(string statement, Func<JsonElement, T> map, CancellationToken ct, Dictionary<string, object?>? parameters = null) =>
        (await ReadAsync(statement, parameters, ct)).Select(r => map(r["value"])).ToList();

    private async Task<ILookup<string, T>> LookupAsync<T>(string statement, IReadOnlyCollection<string> ids, Func<JsonElement, T> map, CancellationToken ct, params (string, object?)[] more)
    {
        var parameters = P(more);
        parameters["ids"] = ids.ToArray();
        return (await ReadAsync(statement, parameters, ct)).Select(r => (Key: r.GetString("key")!, Value: map(r["value"]))).ToLookup(x => x.Key, x => x.Value, StringComparer.Ordinal);
    }

    private Task<IReadOnlyList<T>> ByIdsAsync<T>(string statement, IReadOnlyCollection<string> ids, Func<JsonElement, T> map, CancellationToken ct) =>
        ids.Count == 0 ? Task.FromResult<IReadOnlyList<T>>([]) : ValuesAsync(statement, map, ct, P(("ids", ids.ToArray())));

    // ---------------------------------------------------------------- lifecycle
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await client.WaitUntilAvailableAsync(cancellationToken);
        foreach (var name in CypherStatements.Names("Schema"))
        {
            await client.RunAsync(CypherStatements.Get(name), null, AccessMode.Write, cancellationToken);
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return (await ReadAsync("Read/Ping", null, cancellationToken)).Count == 1;
        }
        catch (Neo4jException)
        {
            return false;
        }
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync("Read/IsEmpty", null, cancellationToken))[0].GetBoolean("empty");

    // ---------------------------------------------------------------- records
    public Task<IReadOnlyList<Study>> GetStudiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetStudies", ids, Neo4jRecords.Study, cancellationToken);
    public Task<IReadOnlyList<Finding>> GetFindingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetFindings", ids, Neo4jRecords.Finding, cancellationToken);
    public Task<IReadOnlyList<Theme>> GetThemesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetThemes", ids, Neo4jRecords.Theme, cancellationToken);
    public Task<IReadOnlyList<StakeholderGroup>> GetGroupsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetGroups", ids, Neo4jRecords.Group, cancellationToken);
    public Task<IReadOnlyList<Journal>> GetJournalsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetJournals", ids, Neo4jRecords.Journal, cancellationToken);
    public Task<IReadOnlyList<Author>> GetAuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetAuthors", ids, Neo4jRecords.Author, cancellationToken);
    public Task<IReadOnlyList<Method>> GetMethodsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetMethods", ids, Neo4jRecords.Method, cancellationToken);
    public Task<IReadOnlyList<Setting>> GetSettingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => ByIdsAsync("Read/GetSettings", ids, Neo4jRecords.Setting, cancellationToken);

    public Task<IReadOnlyList<Theme>> ListThemesAsync(ThemeListScope scope, CancellationToken cancellationToken = default) =>
        ValuesAsync("Read/ListThemes", Neo4jRecords.Theme, cancellationToken, P(("all", scope.All), ("parentId", scope.ParentId)));
    public Task<IReadOnlyList<StakeholderGroup>> ListGroupsAsync(CancellationToken cancellationToken = default) => ValuesAsync("Read/ListGroups", Neo4jRecords.Group, cancellationToken);
    public Task<IReadOnlyList<Journal>> ListJournalsAsync(CancellationToken cancellationToken = default) => ValuesAsync("Read/ListJournals", Neo4jRecords.Journal, cancellationToken);
    public Task<IReadOnlyList<Author>> ListAuthorsAsync(CancellationToken cancellationToken = default) => ValuesAsync("Read/ListAuthors", Neo4jRecords.Author, cancellationToken);
    public Task<IReadOnlyList<Method>> ListMethodsAsync(MethodKind? kind, CancellationToken cancellationToken = default) =>
        ValuesAsync("Read/ListMethods", Neo4jRecords.Method, cancellationToken, P(("kind", kind is null ? null : kind == MethodKind.DataCollection ? "DATA_COLLECTION" : "ANALYSIS")));
    public Task<IReadOnlyList<Setting>> ListSettingsAsync(CancellationToken cancellationToken = default) => ValuesAsync("Read/ListSettings", Neo4jRecords.Setting, cancellationToken);

    // ---------------------------------------------------------------- relationships
    public Task<ILookup<string, Author>> AuthorsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) => LookupAsync("Read/AuthorsOfStudies", studyIds, Neo4jRecords.Author, cancellationToken);
    public Task<ILookup<string, Method>> MethodsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) => LookupAsync("Read/MethodsOfStudies", studyIds, Neo4jRecords.Method, cancellationToken);
    public Task<ILookup<string, Setting>> SettingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) => LookupAsync("Read/SettingsOfStudies", studyIds, Neo4jRecords.Setting, cancellationToken);
    public Task<ILookup<string, Participation>> ParticipantsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) => LookupAsync("Read/ParticipantsOfStudies", studyIds, Neo4jRecords.Participation, cancellationToken);
    public Task<ILookup<string, Finding>> FindingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, FindingFilter filter, CancellationToken cancellationToken = default) =>
        LookupAsync("Read/FindingsOfStudies", studyIds, Neo4jRecords.Finding, cancellationToken, ("themeId", filter.ThemeId), ("perspectiveId", filter.PerspectiveId));
    public Task<ILookup<string, Theme>> ThemesOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) => LookupAsync("Read/ThemesOfStudies", studyIds, Neo4jRecords.Theme, cancellationToken);
    public async Task<ILookup<string, RelatedStudy>> RelatedStudiesAsync(IReadOnlyCollection<string> studyIds, int first, CancellationToken cancellationToken = default) =>
        first <= 0 ? Array.Empty<RelatedStudy>().ToLookup(r => r.StudyId) : await LookupAsync("Read/RelatedStudies", studyIds, Neo4jRecords.Related, cancellationToken, ("first", first));
    public Task<ILookup<string, Theme>> ChildrenOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) => LookupAsync("Read/ChildrenOfThemes", themeIds, Neo4jRecords.Theme, cancellationToken);
    public Task<ILookup<string, Finding>> FindingsOfThemesAsync(IReadOnlyCollection<string> themeIds, string? perspectiveId, bool includeDescendants, CancellationToken cancellationToken = default) =>
        LookupAsync("Read/FindingsOfThemes", themeIds, Neo4jRecords.Finding, cancellationToken, ("perspectiveId", perspectiveId), ("includeDescendants", includeDescendants));
    public Task<ILookup<string, Study>> StudiesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) => LookupAsync("Read/StudiesOfThemes", themeIds, Neo4jRecords.Study, cancellationToken);
    public async Task<IReadOnlyDictionary<string, int>> StudyCountsOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        (await LookupAsync("Read/StudyCountsOfThemes", themeIds, v => v.GetInt32(), cancellationToken)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    public Task<ILookup<string, GroupCount>> PerspectivesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) => LookupAsync("Read/PerspectivesOfThemes", themeIds, Neo4jRecords.GroupCount, cancellationToken);
    public Task<ILookup<string, Study>> StudiesSamplingGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) => LookupAsync("Read/StudiesSamplingGroups", groupIds, Neo4jRecords.Study, cancellationToken);
    public Task<ILookup<string, Finding>> FindingsFromGroupsAsync(IReadOnlyCollection<string> groupIds, string? themeId, CancellationToken cancellationToken = default) =>
        LookupAsync("Read/FindingsFromGroups", groupIds, Neo4jRecords.Finding, cancellationToken, ("themeId", themeId));
    public Task<ILookup<string, Theme>> ThemesOfGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) => LookupAsync("Read/ThemesOfGroups", groupIds, Neo4jRecords.Theme, cancellationToken);
    public Task<ILookup<string, Study>> StudiesOfJournalsAsync(IReadOnlyCollection<string> journalIds, CancellationToken cancellationToken = default) => LookupAsync("Read/StudiesOfJournals", journalIds, Neo4jRecords.Study, cancellationToken);
    public Task<ILookup<string, Study>> StudiesOfAuthorsAsync(IReadOnlyCollection<string> authorIds, CancellationToken cancellationToken = default) => LookupAsync("Read/StudiesOfAuthors", authorIds, Neo4jRecords.Study, cancellationToken);
    public Task<ILookup<string, Study>> StudiesOfMethodsAsync(IReadOnlyCollection<string> methodIds, CancellationToken cancellationToken = default) => LookupAsync("Read/StudiesOfMethods", methodIds, Neo4jRecords.Study, cancellationToken);
    public Task<ILookup<string, Study>> StudiesOfSettingsAsync(IReadOnlyCollection<string> settingIds, CancellationToken cancellationToken = default) => LookupAsync("Read/StudiesOfSettings", settingIds, Neo4jRecords.Study, cancellationToken);
}
