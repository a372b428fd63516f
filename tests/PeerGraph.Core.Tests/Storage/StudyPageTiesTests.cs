using System.Text;
using PeerGraph.Core.Storage;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>
/// Pages from the in-memory rows break ties of the order's key by study id, in SQLite's BINARY order (UTF-8 bytes), as
/// the contract's pages do; the rows compare the ids' first characters as one number first (StudyThemeSets.Pages.cs),
/// so these ids differ within and after their first four characters, and order differently in UTF-16 and UTF-8.
/// </summary>
public sealed class StudyPageTiesTests
{
    private static readonly string[] Ids =
    [
        "b", "a", "ab", "abc-1", "abcd", "abcde", "abce", "a-2", "a-10", "alph", "alpha", "Zed", "zed",
        "\uE000x", "\U0001F600y", "éclair", "eclair", "synthetic-study-2", "synthetic-study-10",
    ];

    [Theory]
    [InlineData(StudyOrder.YearDesc)]
    [InlineData(StudyOrder.YearAsc)]
    [InlineData(StudyOrder.TitleAsc)]
    [InlineData(StudyOrder.CitationsDesc)]
    public void Studies_equal_on_the_orders_key_come_in_UTF8_order_of_their_ids_page_after_page(StudyOrder order)
    {
        var sets = new StudyThemeSets();
        foreach (var id in Ids)
        {
            sets.Set(id, []);
            sets.SetSortKeys(id, 2020, 5, "the same title");
        }
        var expected = Ids.Order(Comparer<string>.Create((x, y) => Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y)))).ToList();

        var seen = new List<string>();
        StudyCursor? after = null;
        while (true)
        {
            var page = sets.Page(new StudyPageScan(order, 4, after, null, null, null, [], IncludeCount: true));
            Assert.Equal(Ids.Length, page.TotalCount);
            seen.AddRange(page.Keys.Select(k => k.Id));
            if (page.Keys.Count < 4)
            {
                break;
            }
            var last = page.Keys[^1];
            after = new StudyCursor(order, order == StudyOrder.CitationsDesc ? last.CitationCount : order == StudyOrder.TitleAsc ? null : last.Year,
                order == StudyOrder.TitleAsc ? last.TitleSort : null, last.Id);
        }

        Assert.Equal(expected, seen);
    }
}
