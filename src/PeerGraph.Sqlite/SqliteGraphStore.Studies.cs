using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// Study pages from the studies' rows held in memory (theme bits and sort keys, SqliteGraphStore.ThemeSets.cs): the
/// year and theme filters and the order are checked in one pass over the rows (StudyThemeSets.Page); each other filter
/// is one fixed statement that lists the studies it allows; the page's records are then read by id.
/// A request costs O(studies) small-row checks, plus each id-list filter's rows, plus the page's 20 records by id. The
/// SQL form it replaced scanned the study table per filter combination for the count and sorted for the page (about
/// 4 ms each at 10,000 studies for a theme-and-year page).
/// </summary>
public sealed partial class SqliteGraphStore
{
    public async Task<StudyPage> QueryStudiesAsync(StudyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        if (query.After is { } after && after.Order != query.Order)
        {
            throw new ArgumentException($"the cursor belongs to order {after.Order}, not {query.Order}", nameof(query));
        }
        var filter = query.Filter;
        List<string>? themeIds = null;
        var idLists = new List<IReadOnlyCollection<string>>();
        if (filter.Text is { } text && SearchText.Words(text).Count > 0)
        {
            // From the in-memory search index (every word a whole term), at the store's current generation; before a
            // read connection is taken, since bringing the index up to date may take a while.
            idLists.Add((await CurrentSearchIndexAsync(cancellationToken)).NodesWithEveryWord(text, Core.Domain.NodeKind.Study));
        }
        await using (var session = await _connections.OpenAsync(cancellationToken))
        {
            async Task<List<string>> Ids(string sql, (string, object?) parameter) =>
                await SqliteQuery.ListAsync(session, sql, r => r.GetString(0), cancellationToken, parameter);

            if (filter.ThemeIds is { } themes)
            {
                themeIds = await Ids(SqlScripts.ThemesWithDescendants, ("$themeIds", JsonList.Of(themes)));
            }
            if (filter.ParticipantGroupIds is { } participants)
            {
                idLists.Add(await Ids(SqlScripts.StudyIdsWithParticipants, ("$groupIds", JsonList.Of(participants))));
            }
            if (filter.PerspectiveIds is { } perspectives)
            {
                idLists.Add(await Ids(SqlScripts.StudyIdsWithPerspectives, ("$groupIds", JsonList.Of(perspectives))));
            }
            if (filter.MethodIds is { } methods)
            {
                idLists.Add(await Ids(SqlScripts.StudyIdsWithMethods, ("$methodIds", JsonList.Of(methods))));
            }
            if (filter.JournalId is { } journal)
            {
                idLists.Add(await Ids(SqlScripts.StudyIdsOfJournal, ("$journalId", journal)));
            }
            if (filter.Doi is { } doi)
            {
                idLists.Add(await Ids(SqlScripts.StudyIdsWithDoi, ("$doi", doi.ToLowerInvariant())));
            }
        }
        // One row more than asked, to tell whether there is a next page.
        var scan = new StudyPageScan(query.Order, query.First + 1, query.After, themeIds, filter.YearFrom, filter.YearTo, idLists, query.IncludeTotalCount);
        var found = await WithThemeSetsAsync(sets => sets.Page(scan), cancellationToken);

        var pageKeys = found.Keys.Take(query.First).ToList();
        var studies = (await GetStudiesAsync(pageKeys.Select(k => k.Id).ToList(), cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        // A study deleted since the rows were read is left out of the page.
        var items = pageKeys.Where(k => studies.ContainsKey(k.Id))
            .Select(k => new StudyPageItem(studies[k.Id], CursorOf(query.Order, k)))
            .ToList();
        return new StudyPage(items, found.Keys.Count > query.First, query.After is not null, found.TotalCount);
    }

    private static StudyCursor CursorOf(StudyOrder order, StudyPageKey key) => order switch
    {
        StudyOrder.TitleAsc => new StudyCursor(order, null, key.TitleSort, key.Id),
        StudyOrder.CitationsDesc => new StudyCursor(order, key.CitationCount, null, key.Id),
        _ => new StudyCursor(order, key.Year, null, key.Id),
    };

    /// <summary>How titles sort: case-insensitively, ordinal on the lower-cased title.</summary>
    internal static string TitleSortKey(string title) => title.ToLowerInvariant();
}
