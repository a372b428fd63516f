using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Study>> GetStudiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.StudiesByIds, r => SqliteRows.Study(r), ids, cancellationToken);

    public Task<IReadOnlyList<Finding>> GetFindingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.FindingsByIds, r => SqliteRows.Finding(r), ids, cancellationToken);

    public Task<IReadOnlyList<Theme>> GetThemesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.ThemesByIds, r => SqliteRows.Theme(r), ids, cancellationToken);

    public Task<IReadOnlyList<StakeholderGroup>> GetGroupsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.GroupsByIds, r => SqliteRows.Group(r), ids, cancellationToken);

    public Task<IReadOnlyList<Journal>> GetJournalsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.JournalsByIds, r => SqliteRows.Journal(r), ids, cancellationToken);

    public Task<IReadOnlyList<Author>> GetAuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.AuthorsByIds, r => SqliteRows.Author(r), ids, cancellationToken);

    public Task<IReadOnlyList<Method>> GetMethodsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.MethodsByIds, r => SqliteRows.Method(r), ids, cancellationToken);

    public Task<IReadOnlyList<Setting>> GetSettingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ByIds(SqlScripts.SettingsByIds, r => SqliteRows.Setting(r), ids, cancellationToken);

    public async Task<IReadOnlyList<Theme>> ListThemesAsync(ThemeListScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return await ListAsync(SqlScripts.ThemesOfParent, r => SqliteRows.Theme(r), cancellationToken, ("$all", scope.All ? 1 : 0), ("$parent", scope.ParentId));
    }

    public async Task<IReadOnlyList<StakeholderGroup>> ListGroupsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(SqlScripts.AllGroups, r => SqliteRows.Group(r), cancellationToken);

    public async Task<IReadOnlyList<Journal>> ListJournalsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(SqlScripts.AllJournals, r => SqliteRows.Journal(r), cancellationToken);

    public async Task<IReadOnlyList<Author>> ListAuthorsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(SqlScripts.AllAuthors, r => SqliteRows.Author(r), cancellationToken);

    public async Task<IReadOnlyList<Method>> ListMethodsAsync(MethodKind? kind, CancellationToken cancellationToken = default) =>
        await ListAsync(SqlScripts.MethodsOfKind, r => SqliteRows.Method(r), cancellationToken,
            ("$kind", kind is { } k ? MethodKindText.Of(k) : null));

    public async Task<IReadOnlyList<Setting>> ListSettingsAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(SqlScripts.AllSettings, r => SqliteRows.Setting(r), cancellationToken);

    private async Task<IReadOnlyList<T>> ByIds<T>(string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> map, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        return await ListAsync(sql, map, cancellationToken, Ids(ids));
    }
}
