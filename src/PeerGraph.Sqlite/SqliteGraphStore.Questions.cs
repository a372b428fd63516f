using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<EvidenceMapResult> EvidenceMapAsync(IReadOnlyList<string>? themeIds, IReadOnlyList<string>? groupIds, CancellationToken cancellationToken = default)
    {
        var themes = themeIds is null
            ? await ListThemesAsync(ThemeListScope.TopLevel, cancellationToken)
            : InGivenOrder(await GetThemesAsync(themeIds.Distinct().ToList(), cancellationToken), themeIds, t => t.Id);
        var groups = groupIds is null
            ? await ListGroupsAsync(cancellationToken)
            : InGivenOrder(await GetGroupsAsync(groupIds.Distinct().ToList(), cancellationToken), groupIds, g => g.Id);
        var counts = (await ListAsync(SqlScripts.EvidenceCells,
                r => new EvidenceCellResult(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3)),
                cancellationToken, ("$themes", JsonList.Of(themes.Select(t => t.Id))), ("$groups", JsonList.Of(groups.Select(g => g.Id)))))
            .ToDictionary(c => c.Key);
        var cells = themes
            .SelectMany(t => groups.Select(g => counts.GetValueOrDefault(new EvidenceCellKey(t.Id, g.Id)) ?? new EvidenceCellResult(t.Id, g.Id, 0, 0)))
            .ToList();
        return new EvidenceMapResult(themes, groups, cells);
    }

    private static List<T> InGivenOrder<T>(IEnumerable<T> found, IReadOnlyList<string> ids, Func<T, string> id)
    {
        var byId = found.ToDictionary(id, StringComparer.Ordinal);
        return ids.Distinct().Where(byId.ContainsKey).Select(i => byId[i]).ToList();
    }

    public async Task<ILookup<EvidenceCellKey, Study>> StudiesOfEvidenceCellsAsync(IReadOnlyCollection<EvidenceCellKey> cells, CancellationToken cancellationToken = default)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(cells.Select(c => new[] { c.ThemeId, c.GroupId }), SqliteJsonContext.Default.IEnumerableStringArray);
        var rows = await ListAsync(SqlScripts.StudiesOfEvidenceCells,
            r => (Key: new EvidenceCellKey(r.GetString(0), r.GetString(1)), Study: SqliteRows.Study(r, 2)), cancellationToken, ("$cells", json));
        return rows.ToLookup(r => r.Key, r => r.Study);
    }

    public async Task<IReadOnlyList<ThemePairResult>> ThemeCooccurrenceAsync(int minSharedStudies, int first, CancellationToken cancellationToken = default)
    {
        if (first <= 0)
        {
            return [];
        }
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteQuery.ListAsync(connection, SqlScripts.ThemeCooccurrence,
            r => new ThemePairResult(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDouble(3)), cancellationToken, ("$min", Math.Max(1, minSharedStudies)), ("$first", first));
    }

    public async Task<ILookup<ThemePairKey, Study>> SharedStudiesOfThemePairsAsync(IReadOnlyCollection<ThemePairKey> pairs, CancellationToken cancellationToken = default)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(pairs.Select(p => new[] { p.ThemeAId, p.ThemeBId }), SqliteJsonContext.Default.IEnumerableStringArray);
        var rows = await ListAsync(SqlScripts.SharedStudiesOfThemePairs,
            r => (Key: new ThemePairKey(r.GetString(0), r.GetString(1)), Study: SqliteRows.Study(r, 2)), cancellationToken, ("$pairs", json));
        return rows.ToLookup(r => r.Key, r => r.Study);
    }

    /// <summary>
    /// The counts kept in one row (graph_count, Sql/V3_IncrementalDerivedData.sql): by triggers for themes, groups, authors
    /// and journals, by each study write for its own rows (Statements/AddStudyToCounts.sql); one row whatever the graph's size.
    /// </summary>
    public async Task<GraphStatistics> StatsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(SqlScripts.GraphCounts,
            r => new GraphStatistics(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)), cancellationToken);
        return rows[0];
    }
}
