using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string InIds = "IN (SELECT value FROM json_each($ids))";

    /// <summary>The themes named by $ids with their descendants: rows (root, id).</summary>
    private const string SubthemesOfIds =
        "WITH RECURSIVE sub(root, id) AS (SELECT t.id, t.id FROM theme t WHERE t.id IN (SELECT value FROM json_each($ids)) " +
        "UNION ALL SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id) ";

    /// <summary>$theme and its descendants, as a subquery of ids (just $theme when it is unknown, which matches nothing).</summary>
    private const string SubthemesOfTheme =
        "(WITH RECURSIVE d(id) AS (SELECT $theme UNION ALL SELECT c.id FROM theme c JOIN d ON c.parent_id = d.id) SELECT id FROM d)";

    public Task<ILookup<string, Author>> AuthorsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT au.study_id, {SqliteRows.AuthorColumns} FROM authored au JOIN author a ON a.id = au.author_id " +
            $"WHERE au.study_id {InIds} ORDER BY au.study_id, au.position", r => SqliteRows.Author(r, 1), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Method>> MethodsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT sm.study_id, {SqliteRows.MethodColumns} FROM study_method sm JOIN method m ON m.id = sm.method_id " +
            $"WHERE sm.study_id {InIds} ORDER BY sm.study_id, sm.ordinal", r => SqliteRows.Method(r, 1), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Setting>> SettingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT ss.study_id, {SqliteRows.SettingColumns} FROM study_setting ss JOIN setting x ON x.id = ss.setting_id " +
            $"WHERE ss.study_id {InIds} ORDER BY ss.study_id, ss.ordinal", r => SqliteRows.Setting(r, 1), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Participation>> ParticipantsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT p.study_id, p.study_id, p.group_id, p.count, p.note FROM participation p WHERE p.study_id {InIds} ORDER BY p.study_id, p.ordinal",
            r => new Participation(r.GetString(1), r.GetString(2), SqliteRows.Int(r, 3), SqliteRows.Text(r, 4)), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Finding>> FindingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, FindingFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return LookupAsync(
            $"SELECT f.study_id, {SqliteRows.FindingColumns} FROM finding f WHERE f.study_id {InIds} " +
            $"AND ($theme IS NULL OR f.theme_id IN {SubthemesOfTheme}) " +
            "AND ($perspective IS NULL OR EXISTS (SELECT 1 FROM finding_perspective fp WHERE fp.finding_id = f.id AND fp.group_id = $perspective)) " +
            "ORDER BY f.study_id, f.ordinal",
            r => SqliteRows.Finding(r, 1), cancellationToken, Ids(studyIds), ("$theme", filter.ThemeId), ("$perspective", filter.PerspectiveId));
    }

    public Task<ILookup<string, Theme>> ThemesOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT st.study_id, {SqliteRows.ThemeColumns} FROM study_theme st JOIN theme t ON t.id = st.theme_id " +
            $"WHERE st.study_id {InIds} ORDER BY st.study_id, st.ordinal", r => SqliteRows.Theme(r, 1), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Theme>> ChildrenOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT t.parent_id, {SqliteRows.ThemeColumns} FROM theme t WHERE t.parent_id {InIds} ORDER BY t.parent_id, t.ordinal",
            r => SqliteRows.Theme(r, 1), cancellationToken, Ids(themeIds));

    public Task<ILookup<string, Finding>> FindingsOfThemesAsync(IReadOnlyCollection<string> themeIds, string? perspectiveId, bool includeDescendants, CancellationToken cancellationToken = default) =>
        LookupAsync(
            "WITH RECURSIVE sub(root, id) AS (SELECT t.id, t.id FROM theme t WHERE t.id IN (SELECT value FROM json_each($ids)) " +
            "UNION ALL SELECT sub.root, c.id FROM theme c JOIN sub ON c.parent_id = sub.id WHERE $descendants = 1) " +
            $"SELECT sub.root, {SqliteRows.FindingColumns} FROM sub JOIN finding f ON f.theme_id = sub.id JOIN study s ON s.id = f.study_id " +
            "WHERE $perspective IS NULL OR EXISTS (SELECT 1 FROM finding_perspective fp WHERE fp.finding_id = f.id AND fp.group_id = $perspective) " +
            $"ORDER BY sub.root, {DefaultStudyOrder}, f.ordinal",
            r => SqliteRows.Finding(r, 1), cancellationToken, Ids(themeIds), ("$descendants", includeDescendants ? 1 : 0), ("$perspective", perspectiveId));

    public Task<ILookup<string, Study>> StudiesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SubthemesOfIds +
            $"SELECT sub.root, {SqliteRows.StudyColumns} FROM sub JOIN study_theme st ON st.theme_id = sub.id JOIN study s ON s.id = st.study_id " +
            $"GROUP BY sub.root, s.id ORDER BY sub.root, {DefaultStudyOrder}",
            r => SqliteRows.Study(r, 1), cancellationToken, Ids(themeIds));

    public async Task<IReadOnlyDictionary<string, int>> StudyCountsOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync($"SELECT r.theme_id, r.study_count FROM theme_rollup r WHERE r.theme_id {InIds}",
            r => (r.GetString(0), r.GetInt32(1)), cancellationToken, Ids(themeIds));
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    public Task<ILookup<string, GroupCount>> PerspectivesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        LookupAsync("SELECT c.theme_id, c.group_id, c.study_count, c.finding_count FROM evidence_cell c JOIN stakeholder_group g ON g.id = c.group_id " +
            $"WHERE c.theme_id {InIds} AND c.finding_count > 0 ORDER BY c.theme_id, c.study_count DESC, c.finding_count DESC, g.ordinal",
            r => new GroupCount(r.GetString(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken, Ids(themeIds));

    public Task<ILookup<string, Study>> StudiesSamplingGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT p.group_id, {SqliteRows.StudyColumns} FROM participation p JOIN study s ON s.id = p.study_id " +
            $"WHERE p.group_id {InIds} ORDER BY p.group_id, {DefaultStudyOrder}",
            r => SqliteRows.Study(r, 1), cancellationToken, Ids(groupIds));

    public Task<ILookup<string, Finding>> FindingsFromGroupsAsync(IReadOnlyCollection<string> groupIds, string? themeId, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT fp.group_id, {SqliteRows.FindingColumns} FROM finding_perspective fp JOIN finding f ON f.id = fp.finding_id " +
            $"JOIN study s ON s.id = f.study_id WHERE fp.group_id {InIds} AND ($theme IS NULL OR f.theme_id IN {SubthemesOfTheme}) " +
            $"ORDER BY fp.group_id, {DefaultStudyOrder}, f.ordinal",
            r => SqliteRows.Finding(r, 1), cancellationToken, Ids(groupIds), ("$theme", themeId));

    public Task<ILookup<string, Theme>> ThemesOfGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT fp.group_id, {SqliteRows.ThemeColumns} FROM finding_perspective fp JOIN finding f ON f.id = fp.finding_id " +
            $"JOIN theme t ON t.id = f.theme_id WHERE fp.group_id {InIds} GROUP BY fp.group_id, t.id ORDER BY fp.group_id, t.ordinal",
            r => SqliteRows.Theme(r, 1), cancellationToken, Ids(groupIds));

    public Task<ILookup<string, Study>> StudiesOfJournalsAsync(IReadOnlyCollection<string> journalIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT s.journal_id, {SqliteRows.StudyColumns} FROM study s WHERE s.journal_id {InIds} ORDER BY s.journal_id, {DefaultStudyOrder}",
            r => SqliteRows.Study(r, 1), cancellationToken, Ids(journalIds));

    public Task<ILookup<string, Study>> StudiesOfAuthorsAsync(IReadOnlyCollection<string> authorIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT au.author_id, {SqliteRows.StudyColumns} FROM authored au JOIN study s ON s.id = au.study_id " +
            $"WHERE au.author_id {InIds} GROUP BY au.author_id, s.id ORDER BY au.author_id, {DefaultStudyOrder}",
            r => SqliteRows.Study(r, 1), cancellationToken, Ids(authorIds));

    public Task<ILookup<string, Study>> StudiesOfMethodsAsync(IReadOnlyCollection<string> methodIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT sm.method_id, {SqliteRows.StudyColumns} FROM study_method sm JOIN study s ON s.id = sm.study_id " +
            $"WHERE sm.method_id {InIds} ORDER BY sm.method_id, {DefaultStudyOrder}",
            r => SqliteRows.Study(r, 1), cancellationToken, Ids(methodIds));

    public Task<ILookup<string, Study>> StudiesOfSettingsAsync(IReadOnlyCollection<string> settingIds, CancellationToken cancellationToken = default) =>
        LookupAsync($"SELECT ss.setting_id, {SqliteRows.StudyColumns} FROM study_setting ss JOIN study s ON s.id = ss.study_id " +
            $"WHERE ss.setting_id {InIds} ORDER BY ss.setting_id, {DefaultStudyOrder}",
            r => SqliteRows.Study(r, 1), cancellationToken, Ids(settingIds));
}
