using PeerGraph.Core.Storage;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>
/// Pages from the in-memory rows, filtered by themes (through each theme's column of slots, StudyThemeSets.Columns.cs),
/// years, id lists and a slot bitset, against a direct filter and sort of plain records: read page after page to the
/// end, in every order, with filters broad enough to read the sorted orders and narrow enough to keep a heap of the
/// best (StudyThemeSets.Pages.cs). The sets are built the hard way: past 64 and 128 themes (rows widen), past several
/// slot capacities (columns grow), with studies replaced by other themes and removed and their slots reused, pages
/// asked between the writes (so each write moves its study in orders already sorted).
/// </summary>
public sealed class StudyPageFilterTests
{
    private sealed record Row(string Id, List<string> Themes, int? Year, int? Citations, string TitleSort);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Filtered_pages_equal_a_direct_filter_and_sort_after_widening_growing_replacing_and_removing(int seed)
    {
        var random = new Random(seed);
        var sets = new StudyThemeSets();
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        void Set(string id, int themeCount)
        {
            var themes = Enumerable.Range(0, random.Next(0, 6)).Select(_ => $"theme-{random.Next(themeCount):D3}").Distinct().ToList();
            var row = new Row(id, themes, random.Next(8) == 0 ? null : 1990 + random.Next(30), random.Next(6) == 0 ? null : random.Next(40),
                $"title {random.Next(50):D2}");
            sets.Set(id, themes);
            sets.SetSortKeys(id, row.Year, row.Citations, row.TitleSort);
            rows[id] = row;
        }
        void Questions()
        {
            // Every order read through its sorted list (no filter: every study matches) and through the heap (a rare
            // theme), then at random.
            foreach (var order in Enum.GetValues<StudyOrder>())
            {
                AssertPagesAsDirect(sets, rows, random, order, unfiltered: true);
                AssertPagesAsDirect(sets, rows, random, order, themes: ["theme-007"]);
            }
            // Year ranges alone, so the year orders read their sorted lists from the range's start to its end.
            foreach (var (from, to) in new (int?, int?)[] { (2005, null), (null, 2005), (1998, 2011) })
            {
                AssertPagesAsDirect(sets, rows, random, StudyOrder.YearDesc, unfiltered: true, years: (from, to));
                AssertPagesAsDirect(sets, rows, random, StudyOrder.YearAsc, unfiltered: true, years: (from, to));
            }
            for (var question = 0; question < 40; question++)
            {
                AssertPagesAsDirect(sets, rows, random);
            }
        }
        void NewKeys(string id)
        {
            var row = rows[id] with { Year = random.Next(8) == 0 ? null : 1990 + random.Next(30), TitleSort = $"title {random.Next(50):D2}" };
            sets.SetSortKeys(id, row.Year, row.Citations, row.TitleSort);
            rows[id] = row;
        }
        for (var i = 0; i < 400; i++)
        {
            Set($"study-{i:D4}", i < 200 ? 30 : 60);
        }
        // The sorted orders are made by the first pages; every write from here on moves its study in them.
        Questions();
        for (var i = 0; i < 250; i++)
        {
            var id = $"study-{random.Next(400):D4}";
            if (random.Next(3) == 0)
            {
                sets.Remove(id);
                rows.Remove(id);
            }
            else
            {
                Set(id, 140);
            }
        }
        Questions();
        // The usual upsert: the same study with other themes and its keys as they were (it keeps its place in the
        // orders); no page is made while it waits for its keys.
        foreach (var id in rows.Keys.Where(_ => random.Next(3) == 0).ToList())
        {
            var row = rows[id] with { Themes = Enumerable.Range(0, random.Next(0, 6)).Select(_ => $"theme-{random.Next(140):D3}").Distinct().ToList() };
            sets.Set(id, row.Themes);
            Assert.Contains(id, sets.StudiesWithoutSortKeys);
            Assert.Throws<InvalidOperationException>(() => sets.Page(new StudyPageScan(StudyOrder.YearDesc, 7, null, null, null, null, [], IncludeCount: true)));
            sets.SetSortKeys(id, row.Year, row.Citations, row.TitleSort);
            rows[id] = row;
        }
        Questions();
        // Sort keys changed alone (a title or year edited), and given again unchanged.
        foreach (var id in rows.Keys.Where(_ => random.Next(4) == 0).ToList())
        {
            NewKeys(id);
            var row = rows[id];
            sets.SetSortKeys(id, row.Year, row.Citations, row.TitleSort);
        }
        Questions();
        for (var i = 0; i < 300; i++)
        {
            Set($"later-{i:D3}", 140);
            if (i % 50 == 0)
            {
                AssertPagesAsDirect(sets, rows, random);
            }
        }
        Questions();
    }

    private static void AssertPagesAsDirect(StudyThemeSets sets, Dictionary<string, Row> rows, Random random,
        StudyOrder? givenOrder = null, bool unfiltered = false, List<string>? themes = null, (int? From, int? To)? years = null)
    {
        var order = givenOrder ?? (StudyOrder)random.Next(4);
        var filtered = !unfiltered && themes is null;
        themes ??= !filtered || random.Next(4) == 0 ? null
            : Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"theme-{random.Next(150):D3}").Append(random.Next(5) == 0 ? "theme-none" : "theme-000").ToList();
        int? from = years is { } given ? given.From : !filtered || random.Next(3) == 0 ? null : 1990 + random.Next(30);
        int? to = years is { } range ? range.To : !filtered || random.Next(3) == 0 ? null : 2000 + random.Next(25);
        var idList = !filtered || random.Next(3) == 0 ? null : rows.Keys.Where(_ => random.Next(2) == 0).Append("study-unknown").ToList();
        var allowedIds = !filtered || random.Next(3) == 0 ? null : rows.Keys.Where(_ => random.Next(3) > 0).ToHashSet(StringComparer.Ordinal);
        ulong[]? allowedSlots = null;
        if (allowedIds is not null)
        {
            // Sometimes shorter than the slots (the studies set since are not allowed), and with the bit of a slot
            // that holds no study (removed) set.
            var shorter = random.Next(3) == 0;
            allowedSlots = new ulong[shorter ? Math.Max(1, ((sets.SlotCount + 63) >> 6) - 2) : (sets.SlotCount + 63) >> 6];
            foreach (var id in allowedIds.ToList())
            {
                var slot = sets.SlotOf(id);
                if (slot >> 6 < allowedSlots.Length)
                {
                    allowedSlots[slot >> 6] |= 1UL << (slot & 63);
                }
                else
                {
                    allowedIds.Remove(id);
                }
            }
            for (var slot = 0; slot < Math.Min(sets.SlotCount, allowedSlots.Length * 64); slot++)
            {
                if (!rows.Keys.Any(id => sets.SlotOf(id) == slot))
                {
                    allowedSlots[slot >> 6] |= 1UL << (slot & 63);
                    break;
                }
            }
        }
        var limit = random.Next(3) == 0 ? 1 : 7;

        var expected = rows.Values
            .Where(r => themes is null || r.Themes.Intersect(themes).Any())
            .Where(r => (from is null || r.Year >= from) && (to is null || r.Year <= to))
            .Where(r => idList is null || idList.Contains(r.Id))
            .Where(r => allowedIds is null || allowedIds.Contains(r.Id))
            .Order(InOrder(order))
            .Select(r => r.Id)
            .ToList();

        var seen = new List<string>();
        StudyCursor? after = null;
        while (true)
        {
            var page = sets.Page(new StudyPageScan(order, limit, after, themes, from, to, idList is null ? [] : [idList], IncludeCount: true, allowedSlots));
            Assert.Equal(expected.Count, page.TotalCount);
            seen.AddRange(page.Keys.Select(k => k.Id));
            Assert.True(seen.Count <= expected.Count, $"paged past the {expected.Count} matches: {string.Join(", ", seen)}");
            if (page.Keys.Count < limit)
            {
                break;
            }
            var last = page.Keys[^1];
            after = new StudyCursor(order, order == StudyOrder.CitationsDesc ? last.CitationCount : order == StudyOrder.TitleAsc ? null : last.Year,
                order == StudyOrder.TitleAsc ? last.TitleSort : null, last.Id);
        }
        Assert.Equal(expected, seen);
    }

    /// <summary>The contract's orders on plain records: nulls last, ties by id (ASCII ids: ordinal is UTF-8 order).</summary>
    private static Comparer<Row> InOrder(StudyOrder order) => Comparer<Row>.Create((x, y) =>
    {
        var byKey = order switch
        {
            StudyOrder.YearDesc => NullsLast(x.Year, y.Year, descending: true),
            StudyOrder.YearAsc => NullsLast(x.Year, y.Year, descending: false),
            StudyOrder.CitationsDesc => NullsLast(x.Citations, y.Citations, descending: true),
            _ => string.CompareOrdinal(x.TitleSort, y.TitleSort),
        };
        return byKey != 0 ? byKey : string.CompareOrdinal(x.Id, y.Id);
    });

    private static int NullsLast(int? x, int? y, bool descending)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }
        return descending ? y.Value.CompareTo(x.Value) : x.Value.CompareTo(y.Value);
    }
}
