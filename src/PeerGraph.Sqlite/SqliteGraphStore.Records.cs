using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string InIds = "IN (SELECT value FROM json_each($ids))";

    public Task<IReadOnlyList<Study>> GetStudiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        KeptRecordsAsync("study", ids, $"SELECT {SqliteRows.StudyColumns} FROM study s WHERE s.id {InIds}", r => SqliteRows.Study(r), s => s.Id, cancellationToken);

    public Task<IReadOnlyList<Finding>> GetFindingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.FindingColumns} FROM finding f WHERE f.id {InIds}", r => SqliteRows.Finding(r), ids, cancellationToken);

    public Task<IReadOnlyList<Theme>> GetThemesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        FromTaxonomyAsync(t => t.ThemesWithIds(ids),
            () => ByIds($"SELECT {SqliteRows.ThemeColumns} FROM theme t WHERE t.id {InIds}", r => SqliteRows.Theme(r), ids, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StakeholderGroup>> GetGroupsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        FromTaxonomyAsync(t => t.GroupsWithIds(ids),
            () => ByIds($"SELECT {SqliteRows.GroupColumns} FROM stakeholder_group g WHERE g.id {InIds}", r => SqliteRows.Group(r), ids, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Journal>> GetJournalsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        KeptRecordsAsync("journal", ids, $"SELECT {SqliteRows.JournalColumns} FROM journal j WHERE j.id {InIds}", r => SqliteRows.Journal(r), j => j.Id, cancellationToken);

    public Task<IReadOnlyList<Author>> GetAuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        KeptRecordsAsync("author", ids, $"SELECT {SqliteRows.AuthorColumns} FROM author a WHERE a.id {InIds}", r => SqliteRows.Author(r), a => a.Id, cancellationToken);

    public Task<IReadOnlyList<Method>> GetMethodsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.MethodColumns} FROM method m WHERE m.id {InIds}", r => SqliteRows.Method(r), ids, cancellationToken);

    public Task<IReadOnlyList<Setting>> GetSettingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.SettingColumns} FROM setting x WHERE x.id {InIds}", r => SqliteRows.Setting(r), ids, cancellationToken);

    public Task<IReadOnlyList<Theme>> ListThemesAsync(ThemeListScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        const string Sql = $"SELECT {SqliteRows.ThemeColumns} FROM theme t " +
            "WHERE $all = 1 OR ($parent IS NULL AND t.parent_id IS NULL) OR t.parent_id = $parent ORDER BY t.ordinal";
        return FromTaxonomyAsync<IReadOnlyList<Theme>>(
            t => scope.All ? t.Themes : scope.ParentId is { } parent ? t.ChildrenOf(parent).ToList() : t.TopLevelThemes,
            async () => await ListAsync(Sql, r => SqliteRows.Theme(r), cancellationToken, ("$all", scope.All ? 1 : 0), ("$parent", scope.ParentId)),
            cancellationToken);
    }

    public Task<IReadOnlyList<StakeholderGroup>> ListGroupsAsync(CancellationToken cancellationToken = default) =>
        FromTaxonomyAsync<IReadOnlyList<StakeholderGroup>>(t => t.Groups,
            async () => await ListAsync($"SELECT {SqliteRows.GroupColumns} FROM stakeholder_group g ORDER BY g.ordinal", r => SqliteRows.Group(r), cancellationToken),
            cancellationToken);

    public async Task<IReadOnlyList<Journal>> ListJournalsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync($"SELECT {SqliteRows.JournalColumns} FROM journal j ORDER BY j.name, j.id", r => SqliteRows.Journal(r), cancellationToken);

    public async Task<IReadOnlyList<Author>> ListAuthorsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync($"SELECT {SqliteRows.AuthorColumns} FROM author a ORDER BY a.name, a.id", r => SqliteRows.Author(r), cancellationToken);

    public async Task<IReadOnlyList<Method>> ListMethodsAsync(MethodKind? kind, CancellationToken cancellationToken = default) =>
        await ListAsync($"SELECT {SqliteRows.MethodColumns} FROM method m WHERE $kind IS NULL OR m.kind = $kind ORDER BY m.ordinal",
            r => SqliteRows.Method(r), cancellationToken, ("$kind", kind is { } k ? MethodKindText.Of(k) : null));

    public async Task<IReadOnlyList<Setting>> ListSettingsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync($"SELECT {SqliteRows.SettingColumns} FROM setting x ORDER BY x.ordinal", r => SqliteRows.Setting(r), cancellationToken);

    private async Task<IReadOnlyList<T>> ByIds<T>(string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> map, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        return await ListAsync(sql, map, cancellationToken, Ids(ids));
    }
}
