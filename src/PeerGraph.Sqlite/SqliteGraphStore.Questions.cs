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
        var counts = (await ListAsync(
                "SELECT c.theme_id, c.group_id, c.study_count, c.finding_count FROM evidence_cell c " +
                "WHERE c.theme_id IN (SELECT value FROM json_each($themes)) AND c.group_id IN (SELECT value FROM json_each($groups))",
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
        const string Sql =
            "WITH RECURSIVE cell(theme_id, group_id) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($cells)), " +
            "sub(root, id) AS (SELECT DISTINCT theme_id, theme_id FROM cell UNION ALL SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id) " +
            $"SELECT cell.theme_id, cell.group_id, {SqliteRows.StudyColumns} FROM cell JOIN sub ON sub.root = cell.theme_id " +
            "JOIN finding f ON f.theme_id = sub.id JOIN finding_perspective fp ON fp.finding_id = f.id AND fp.group_id = cell.group_id " +
            $"JOIN study s ON s.id = f.study_id GROUP BY cell.theme_id, cell.group_id, s.id ORDER BY cell.theme_id, cell.group_id, {DefaultStudyOrder}";
        var json = System.Text.Json.JsonSerializer.Serialize(cells.Select(c => new[] { c.ThemeId, c.GroupId }), SqliteJsonContext.Default.IEnumerableStringArray);
        var rows = await ListAsync(Sql, r => (Key: new EvidenceCellKey(r.GetString(0), r.GetString(1)), Study: SqliteRows.Study(r, 2)), cancellationToken, ("$cells", json));
        return rows.ToLookup(r => r.Key, r => r.Study);
    }

    public async Task<IReadOnlyList<ThemePairResult>> ThemeCooccurrenceAsync(int minSharedStudies, int first, CancellationToken cancellationToken = default)
    {
        if (first <= 0)
        {
            return [];
        }
        const string Sql =
            "WITH per_theme AS (SELECT theme_id, COUNT(*) AS n FROM study_theme GROUP BY theme_id), " +
            "pair AS (SELECT a.theme_id AS ta, b.theme_id AS tb, COUNT(*) AS shared FROM study_theme a " +
            "  JOIN study_theme b ON b.study_id = a.study_id AND b.theme_id > a.theme_id GROUP BY a.theme_id, b.theme_id HAVING COUNT(*) >= $min) " +
            "SELECT p.ta, p.tb, p.shared, CAST(p.shared AS REAL) / (x.n + y.n - p.shared) AS jaccard FROM pair p " +
            "JOIN per_theme x ON x.theme_id = p.ta JOIN per_theme y ON y.theme_id = p.tb " +
            "ORDER BY p.shared DESC, jaccard DESC, p.ta, p.tb LIMIT $first";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await SqliteQuery.ListAsync(connection, Sql, r => new ThemePairResult(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDouble(3)),
            cancellationToken, ("$min", Math.Max(1, minSharedStudies)), ("$first", first));
    }

    public async Task<ILookup<ThemePairKey, Study>> SharedStudiesOfThemePairsAsync(IReadOnlyCollection<ThemePairKey> pairs, CancellationToken cancellationToken = default)
    {
        const string Sql =
            "WITH pair(ta, tb) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($pairs)) " +
            $"SELECT pair.ta, pair.tb, {SqliteRows.StudyColumns} FROM pair JOIN study_theme a ON a.theme_id = pair.ta " +
            "JOIN study_theme b ON b.theme_id = pair.tb AND b.study_id = a.study_id JOIN study s ON s.id = a.study_id " +
            $"ORDER BY pair.ta, pair.tb, {DefaultStudyOrder}";
        var json = System.Text.Json.JsonSerializer.Serialize(pairs.Select(p => new[] { p.ThemeAId, p.ThemeBId }), SqliteJsonContext.Default.IEnumerableStringArray);
        var rows = await ListAsync(Sql, r => (Key: new ThemePairKey(r.GetString(0), r.GetString(1)), Study: SqliteRows.Study(r, 2)), cancellationToken, ("$pairs", json));
        return rows.ToLookup(r => r.Key, r => r.Study);
    }

    /// <summary>The counts kept by triggers (Sql/V3_IncrementalDerivedData.sql): one row, whatever the graph's size.</summary>
    public async Task<GraphStatistics> StatsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(SqlScripts.GraphCounts,
            r => new GraphStatistics(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)), cancellationToken);
        return rows[0];
    }
}
