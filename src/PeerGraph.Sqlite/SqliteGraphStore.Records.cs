using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string InIds = "IN (SELECT value FROM json_each($ids))";

    public Task<IReadOnlyList<Study>> GetStudiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.StudyColumns} FROM study s WHERE s.id {InIds}", r => SqliteRows.Study(r), ids, cancellationToken);

    public Task<IReadOnlyList<Finding>> GetFindingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.FindingColumns} FROM finding f WHERE f.id {InIds}", r => SqliteRows.Finding(r), ids, cancellationToken);

    public Task<IReadOnlyList<Theme>> GetThemesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.ThemeColumns} FROM theme t WHERE t.id {InIds}", r => SqliteRows.Theme(r), ids, cancellationToken);

    public Task<IReadOnlyList<StakeholderGroup>> GetGroupsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.GroupColumns} FROM stakeholder_group g WHERE g.id {InIds}", r => SqliteRows.Group(r), ids, cancellationToken);

    public Task<IReadOnlyList<Journal>> GetJournalsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.JournalColumns} FROM journal j WHERE j.id {InIds}", r => SqliteRows.Journal(r), ids, cancellationToken);

    public Task<IReadOnlyList<Author>> GetAuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.AuthorColumns} FROM author a WHERE a.id {InIds}", r => SqliteRows.Author(r), ids, cancellationToken);

    public Task<IReadOnlyList<Method>> GetMethodsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.MethodColumns} FROM method m WHERE m.id {InIds}", r => SqliteRows.Method(r), ids, cancellationToken);

    public Task<IReadOnlyList<Setting>> GetSettingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds($"SELECT {SqliteRows.SettingColumns} FROM setting x WHERE x.id {InIds}", r => SqliteRows.Setting(r), ids, cancellationToken);

    public async Task<IReadOnlyList<Theme>> ListThemesAsync(ThemeListScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        const string Sql = $"SELECT {SqliteRows.ThemeColumns} FROM theme t " +
            "WHERE $all = 1 OR ($parent IS NULL AND t.parent_id IS NULL) OR t.parent_id = $parent ORDER BY t.ordinal";
        return await ListAsync(Sql, r => SqliteRows.Theme(r), cancellationToken, ("$all", scope.All ? 1 : 0), ("$parent", scope.ParentId));
    }

    public async Task<IReadOnlyList<StakeholderGroup>> ListGroupsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync($"SELECT {SqliteRows.GroupColumns} FROM stakeholder_group g ORDER BY g.ordinal", r => SqliteRows.Group(r), cancellationToken);

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
