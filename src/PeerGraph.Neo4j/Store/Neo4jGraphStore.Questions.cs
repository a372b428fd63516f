using System.Text.Json;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    private static IReadOnlyList<string> Words(string text) => SearchText.Words(text);

    /// <summary>
    /// A Lucene query for the full-text index (classic query syntax, https://lucene.apache.org/core/9_11_1/queryparser/org/apache/lucene/queryparser/classic/package-summary.html):
    /// every word required, as in the SQLite store. A prefix term (<c>w*</c>) scores the same for every match (Lucene rewrites
    /// it to a constant-score query), so the last word is sent as <c>+(w^2 w*)</c>: the exact word, boosted, ranks documents
    /// that contain it by relevance ahead of those matching only the prefix. The words are letters and digits only, lowercased
    /// (Lucene operators are upper case), so no Lucene syntax can get in.
    /// </summary>
    internal static string? LuceneQuery(string text, bool prefixLastWord)
    {
        var words = Words(text);
        return words.Count == 0 ? null : string.Join(' ', words.Select((w, i) => prefixLastWord && i == words.Count - 1 ? $"+({w}^2 {w}*)" : "+" + w));
    }

    public async Task<StudyPage> QueryStudiesAsync(StudyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.After is { } after && after.Order != query.Order)
        {
            throw new ArgumentException($"the cursor belongs to order {after.Order}, not {query.Order}", nameof(query));
        }
        var filter = query.Filter;
        string[]? textIds = null;
        if (filter.Text is { } text && LuceneQuery(text, prefixLastWord: false) is { } lucene)
        {
            textIds = (await ReadAsync("Read/StudyIdsMatchingText", P(("query", lucene)), cancellationToken))[0].GetStrings("ids").ToArray();
        }
        var parameters = P(
            ("textIds", textIds), ("yearFrom", filter.YearFrom), ("yearTo", filter.YearTo), ("themeIds", filter.ThemeIds?.ToArray()),
            ("participantGroupIds", filter.ParticipantGroupIds?.ToArray()), ("perspectiveIds", filter.PerspectiveIds?.ToArray()),
            ("methodIds", filter.MethodIds?.ToArray()), ("journalId", filter.JournalId), ("doi", filter.Doi?.ToLowerInvariant()));
        int? total = query.IncludeTotalCount ? (int)(await ReadAsync("Read/CountStudies", parameters, cancellationToken))[0].GetInt64("total")!.Value : null;
        parameters["afterId"] = query.After?.Id;
        parameters["afterNumber"] = query.After?.Number;
        parameters["afterText"] = query.After?.Text;
        parameters["limit"] = query.First + 1;
        var statement = query.Order switch
        {
            StudyOrder.YearAsc => "Read/StudiesPageYearAsc",
            StudyOrder.TitleAsc => "Read/StudiesPageTitleAsc",
            StudyOrder.CitationsDesc => "Read/StudiesPageCitationsDesc",
            _ => "Read/StudiesPageYearDesc",
        };
        var studies = await ValuesAsync(statement, Neo4jRecords.Study, cancellationToken, parameters);
        var items = studies.Take(query.First).Select(s => new StudyPageItem(s, query.Order switch
        {
            StudyOrder.TitleAsc => new StudyCursor(query.Order, null, s.Title.ToLowerInvariant(), s.Id),
            StudyOrder.CitationsDesc => new StudyCursor(query.Order, s.CitationCount, null, s.Id),
            _ => new StudyCursor(query.Order, s.Year, null, s.Id),
        })).ToList();
        return new StudyPage(items, studies.Count > query.First, query.After is not null, total);
    }

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(string text, int first, bool withSnippets, CancellationToken cancellationToken = default)
    {
        if (LuceneQuery(text, prefixLastWord: true) is not { } lucene || first <= 0)
        {
            return [];
        }
        var words = Words(text);
        var records = await ReadAsync("Read/SearchIndex", P(("query", lucene), ("first", first)), cancellationToken);
        return records.Select(r => new SearchResult(
            new NodeRef(Enum.Parse<NodeKind>(r.GetString("kind")!), r.GetString("id")!),
            r.GetDouble("score") ?? 0,
            withSnippets ? SearchText.Snippet(r.GetStrings("texts"), words) : null)).ToList();
    }

    public async Task<EvidenceMapResult> EvidenceMapAsync(IReadOnlyList<string>? themeIds, IReadOnlyList<string>? groupIds, CancellationToken cancellationToken = default)
    {
        var themes = themeIds is null ? await ListThemesAsync(ThemeListScope.TopLevel, cancellationToken) : InOrder(await GetThemesAsync(themeIds.Distinct().ToList(), cancellationToken), themeIds, t => t.Id);
        var groups = groupIds is null ? await ListGroupsAsync(cancellationToken) : InOrder(await GetGroupsAsync(groupIds.Distinct().ToList(), cancellationToken), groupIds, g => g.Id);
        var counts = (await ReadAsync("Read/EvidenceCells", P(("themeIds", themes.Select(t => t.Id).ToArray()), ("groupIds", groups.Select(g => g.Id).ToArray())), cancellationToken))
            .Select(r => new EvidenceCellResult(r.GetString("themeId")!, r.GetString("groupId")!, (int)r.GetInt64("studyCount")!.Value, (int)r.GetInt64("findingCount")!.Value))
            .ToDictionary(c => c.Key);
        return new EvidenceMapResult(themes, groups,
            themes.SelectMany(t => groups.Select(g => counts.GetValueOrDefault(new EvidenceCellKey(t.Id, g.Id)) ?? new EvidenceCellResult(t.Id, g.Id, 0, 0))).ToList());
    }

    private static List<T> InOrder<T>(IEnumerable<T> found, IReadOnlyList<string> ids, Func<T, string> id)
    {
        var byId = found.ToDictionary(id, StringComparer.Ordinal);
        return ids.Distinct().Where(byId.ContainsKey).Select(i => byId[i]).ToList();
    }

    public async Task<ILookup<EvidenceCellKey, Study>> StudiesOfEvidenceCellsAsync(IReadOnlyCollection<EvidenceCellKey> cells, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync("Read/StudiesOfEvidenceCells",
            P(("cells", cells.Select(c => new Dictionary<string, object?> { ["themeId"] = c.ThemeId, ["groupId"] = c.GroupId }).ToArray())), cancellationToken);
        return rows.ToLookup(r => new EvidenceCellKey(r.GetString("themeId")!, r.GetString("groupId")!), r => Neo4jRecords.Study(r["value"]));
    }

    public async Task<IReadOnlyList<ThemePairResult>> ThemeCooccurrenceAsync(int minSharedStudies, int first, CancellationToken cancellationToken = default) =>
        first <= 0 ? [] : (await ReadAsync("Read/ThemeCooccurrence", P(("minShared", Math.Max(1, minSharedStudies)), ("first", first)), cancellationToken))
            .Select(r => new ThemePairResult(r.GetString("themeA")!, r.GetString("themeB")!, (int)r.GetInt64("shared")!.Value, r.GetDouble("jaccard")!.Value)).ToList();

    public async Task<ILookup<ThemePairKey, Study>> SharedStudiesOfThemePairsAsync(IReadOnlyCollection<ThemePairKey> pairs, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync("Read/SharedStudiesOfThemePairs",
            P(("pairs", pairs.Select(p => new Dictionary<string, object?> { ["themeA"] = p.ThemeAId, ["themeB"] = p.ThemeBId }).ToArray())), cancellationToken);
        return rows.ToLookup(r => new ThemePairKey(r.GetString("themeA")!, r.GetString("themeB")!), r => Neo4jRecords.Study(r["value"]));
    }

    /// <summary>
    /// The hop limit written into ShortestPaths.cypher's quantifier (<c>[*..6]</c>: Cypher takes no parameter there). The
    /// request's own limit is applied after the search, outside the shortest-path match, so Neo4j plans the fast
    /// bidirectional search without the exhaustive fallback (Cypher manual, "Shortest path planning"); a shortest path longer
    /// than the request's limit means no path within it, so the answer is the same. 6 is the API's largest maxHops.
    /// </summary>
    internal const int MaxPathHops = 6;

    public async Task<IReadOnlyList<GraphPathResult>> PathsAsync(NodeRef from, NodeRef to, int maxHops, int first, CancellationToken cancellationToken = default)
    {
        if (first <= 0 || !await ExistsAsync(from, cancellationToken) || !await ExistsAsync(to, cancellationToken))
        {
            return [];
        }
        if (from == to)
        {
            return [new GraphPathResult([from], [])];
        }
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, MaxPathHops);
        var rows = await ReadAsync("Read/ShortestPaths", P(("fromId", from.Id), ("fromLabel", from.Kind.ToString()), ("toId", to.Id), ("toLabel", to.Kind.ToString()),
            ("maxHops", maxHops), ("first", first)), cancellationToken);
        static NodeRef Ref(JsonElement label, JsonElement id) => new(Enum.Parse<NodeKind>(label.GetString()!), id.GetString()!);
        return rows.Select(r => new GraphPathResult(
            r["nodes"].EnumerateArray().Select(n => Ref(n[0], n[1])).ToList(),
            r["steps"].EnumerateArray().Select(s => new PathStepResult(Ref(s[0], s[1]), Ref(s[3], s[4]), s[2].GetString()!)).ToList())).ToList();
    }

    private async Task<bool> ExistsAsync(NodeRef node, CancellationToken ct) =>
        (await ReadAsync("Read/NodeExists", P(("id", node.Id), ("label", node.Kind.ToString())), ct))[0].GetBoolean("found");

    public async Task<GraphStatistics> StatsAsync(CancellationToken cancellationToken = default)
    {
        var r = (await ReadAsync("Read/Stats", null, cancellationToken))[0];
        int Count(string name) => (int)r.GetInt64(name)!.Value;
        return new GraphStatistics(Count("studies"), Count("themes"), Count("findings"), Count("stakeholderGroups"), Count("authors"), Count("journals"), Count("relationships"));
    }
}
