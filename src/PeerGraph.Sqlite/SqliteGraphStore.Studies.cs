using System.Buffers;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite.Search;

namespace PeerGraph.Sqlite;

/// <summary>
/// Study pages from the studies' rows held in memory (theme bits and sort keys, SqliteGraphStore.ThemeSets.cs): the
/// year and theme filters and the order are applied there (StudyThemeSets.Page: the themes' columns of studies, then the
/// order's sorted list or, for few matches, a heap); each other filter is one fixed statement that lists the studies it
/// allows, except the text filter, whose matching studies the search index marks as theme-set slots in a bitset
/// (PageWithText); the page's records are then read by id.
/// A request costs O(studies / 64) words per filter, the matches' count (a year per allowed study with a year range),
/// each id-list filter's rows and the page's 20 records by id. The SQL form it replaced scanned the study table per filter combination for the count and sorted for the page (about
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
        SearchIndex? textIndex = null;
        if (filter.Text is { } text && SearchText.Words(text).Count > 0)
        {
            // The in-memory search index (every word a whole term), at the store's current generation; before a read
            // connection is taken, since bringing the index up to date may take a while.
            textIndex = await CurrentSearchIndexAsync(cancellationToken);
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
        var found = await WithThemeSetsAsync(sets => textIndex is null ? sets.Page(scan) : PageWithText(sets, scan, textIndex, filter.Text!), cancellationToken);

        var pageKeys = found.Keys.Take(query.First).ToList();
        var studies = (await GetStudiesAsync(pageKeys.Select(k => k.Id).ToList(), cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        // A study deleted since the rows were read is left out of the page.
        var items = pageKeys.Where(k => studies.ContainsKey(k.Id))
            .Select(k => new StudyPageItem(studies[k.Id], CursorOf(query.Order, k)))
            .ToList();
        return new StudyPage(items, found.Keys.Count > query.First, query.After is not null, found.TotalCount);
    }

    /// <summary>
    /// A page whose studies must also hold every word of <paramref name="text"/>: the index marks the matching
    /// studies' slots in a bitset (rented, per request) that the page scan reads. Called under the theme sets' read lock.
    /// </summary>
    private StudyKeysPage PageWithText(StudyThemeSets sets, StudyPageScan scan, SearchIndex index, string text)
    {
        var memo = TextFilterSlotsFor(index, sets);
        var blocks = Math.Max(1, (sets.SlotCount + 63) >> 6);
        var slots = ArrayPool<ulong>.Shared.Rent(blocks);
        try
        {
            Array.Clear(slots, 0, blocks);
            index.MarkStudiesWithEveryWord(text, memo.SlotByOrdinal, sets.SlotOf, slots);
            return sets.Page(scan with { AllowedSlots = slots });
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(slots);
        }
    }

    private TextFilterSlots? _textFilterSlots;

    /// <summary>The memo of theme-set slots by search document for this index and these sets, made anew when it no longer holds.</summary>
    private TextFilterSlots TextFilterSlotsFor(SearchIndex index, StudyThemeSets sets)
    {
        var memo = Volatile.Read(ref _textFilterSlots);
        var documents = index.DocumentCount;
        if (memo is null || !memo.Holds(index, sets, documents))
        {
            memo = new TextFilterSlots(index, sets, documents + documents / 8 + 1024);
            Volatile.Write(ref _textFilterSlots, memo);
        }
        return memo;
    }

    /// <summary>
    /// Each study document's theme-set slot, kept by document ordinal (<see cref="SearchIndex.MarkStudiesWithEveryWord"/>)
    /// for one search index and one theme-set object. It holds while neither is replaced and no study has left the sets
    /// (a study keeps its slot until it is removed; a document keeps its ordinal for the index's life). Documents added
    /// past its size are looked up each time until the memo is made anew, when they outnumber its slack.
    /// Holds the two weakly: a replaced index or set object is not kept alive by the memo.
    /// </summary>
    private sealed class TextFilterSlots(SearchIndex index, StudyThemeSets sets, int size)
    {
        private readonly WeakReference<SearchIndex> _index = new(index);
        private readonly WeakReference<StudyThemeSets> _sets = new(sets);
        private readonly long _removals = sets.Removals;

        public int[] SlotByOrdinal { get; } = new int[size];

        public bool Holds(SearchIndex currentIndex, StudyThemeSets currentSets, int documents) =>
            _index.TryGetTarget(out var index) && ReferenceEquals(index, currentIndex)
            && _sets.TryGetTarget(out var sets) && ReferenceEquals(sets, currentSets)
            && currentSets.Removals == _removals && documents <= SlotByOrdinal.Length;
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
