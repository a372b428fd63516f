using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<ILookup<string, Author>> AuthorsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.AuthorsOfStudies, r => SqliteRows.Author(r, 1), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Method>> MethodsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.MethodsOfStudies, r => SqliteRows.Method(r, 1), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Setting>> SettingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.SettingsOfStudies, r => SqliteRows.Setting(r, 1), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Participation>> ParticipantsOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.ParticipantsOfStudies,
            r => new Participation(r.GetString(1), r.GetString(2), SqliteRows.Int(r, 3), SqliteRows.Text(r, 4)), cancellationToken, Ids(studyIds));

    public Task<ILookup<string, Finding>> FindingsOfStudiesAsync(IReadOnlyCollection<string> studyIds, FindingFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return LookupAsync(SqlScripts.FindingsOfStudies,
            r => SqliteRows.Finding(r, 1), cancellationToken, Ids(studyIds), ("$theme", filter.ThemeId), ("$perspective", filter.PerspectiveId));
    }

    public Task<ILookup<string, Theme>> ThemesOfStudiesAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default)
    {
        // A page's studies share their themes (a few dozen in the taxonomy): each theme is read into an object once
        // per call, its name and description not turned into new strings for every study that has it.
        var read = new Dictionary<string, Theme>(StringComparer.Ordinal);
        return LookupAsync(SqlScripts.ThemesOfStudies, ThemeOf, cancellationToken, Ids(studyIds));

        Theme ThemeOf(SqliteDataReader row)
        {
            var id = row.GetString(1);
            if (!read.TryGetValue(id, out var theme))
            {
                read[id] = theme = SqliteRows.Theme(row, 1);
            }
            return theme;
        }
    }

    public Task<ILookup<string, Theme>> ChildrenOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.ChildrenOfThemes, r => SqliteRows.Theme(r, 1), cancellationToken, Ids(themeIds));

    public Task<ILookup<string, Finding>> FindingsOfThemesAsync(IReadOnlyCollection<string> themeIds, string? perspectiveId, bool includeDescendants, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.FindingsOfThemes,
            r => SqliteRows.Finding(r, 1), cancellationToken, Ids(themeIds), ("$descendants", includeDescendants ? 1 : 0), ("$perspective", perspectiveId));

    public Task<ILookup<string, Study>> StudiesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.StudiesOfThemes, r => SqliteRows.Study(r, 1), cancellationToken, Ids(themeIds));

    public async Task<IReadOnlyDictionary<string, int>> StudyCountsOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(SqlScripts.StudyCountsOfThemes, r => (r.GetString(0), r.GetInt32(1)), cancellationToken, Ids(themeIds));
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    public Task<ILookup<string, GroupCount>> PerspectivesOfThemesAsync(IReadOnlyCollection<string> themeIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.PerspectivesOfThemes,
            r => new GroupCount(r.GetString(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken, Ids(themeIds));

    public Task<ILookup<string, Study>> StudiesSamplingGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.StudiesSamplingGroups, r => SqliteRows.Study(r, 1), cancellationToken, Ids(groupIds));

    public Task<ILookup<string, Finding>> FindingsFromGroupsAsync(IReadOnlyCollection<string> groupIds, string? themeId, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.FindingsFromGroups, r => SqliteRows.Finding(r, 1), cancellationToken, Ids(groupIds), ("$theme", themeId));

    public Task<ILookup<string, Theme>> ThemesOfGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.ThemesOfGroups, r => SqliteRows.Theme(r, 1), cancellationToken, Ids(groupIds));

    public Task<ILookup<string, Study>> StudiesOfJournalsAsync(IReadOnlyCollection<string> journalIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.StudiesOfJournals, r => SqliteRows.Study(r, 1), cancellationToken, Ids(journalIds));

    public Task<ILookup<string, Study>> StudiesOfAuthorsAsync(IReadOnlyCollection<string> authorIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.StudiesOfAuthors, r => SqliteRows.Study(r, 1), cancellationToken, Ids(authorIds));

    public Task<ILookup<string, Study>> StudiesOfMethodsAsync(IReadOnlyCollection<string> methodIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.StudiesOfMethods, r => SqliteRows.Study(r, 1), cancellationToken, Ids(methodIds));

    public Task<ILookup<string, Study>> StudiesOfSettingsAsync(IReadOnlyCollection<string> settingIds, CancellationToken cancellationToken = default) =>
        LookupAsync(SqlScripts.StudiesOfSettings, r => SqliteRows.Study(r, 1), cancellationToken, Ids(settingIds));
}
