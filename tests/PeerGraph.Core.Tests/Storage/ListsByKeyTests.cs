using PeerGraph.Core.Storage;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>ListsByKey answers as the lookup Enumerable.ToLookup makes from the same items, and hands its own lists out uncopied.</summary>
public sealed class ListsByKeyTests
{
    private static readonly Dictionary<string, IReadOnlyList<int>> Lists = new(StringComparer.Ordinal)
    {
        ["a"] = [1, 2],
        ["b"] = [],
        ["c"] = [3],
    };

    private static readonly ILookup<string, int> Expected =
        Lists.SelectMany(p => p.Value.Select(v => (p.Key, v))).ToLookup(p => p.Key, p => p.v, StringComparer.Ordinal);

    [Fact]
    public void Keys_items_counts_and_membership_are_those_of_the_same_items_made_into_a_lookup()
    {
        var lookup = new ListsByKey<int>(Lists);

        Assert.Equal(Expected.Count, lookup.Count);
        foreach (var key in new[] { "a", "b", "c", "missing" })
        {
            Assert.Equal(Expected[key], lookup[key]);
            Assert.Equal(Expected.Contains(key), lookup.Contains(key));
        }
        Assert.Equal(Expected.Select(g => (g.Key, string.Join(",", g))), lookup.Select(g => (g.Key, string.Join(",", g))));
    }

    [Fact]
    public void ListOf_gives_its_own_list_and_copies_any_other_lookups_items()
    {
        var lookup = new ListsByKey<int>(Lists);

        Assert.Same(Lists["a"], ListsByKey<int>.ListOf(lookup, "a"));
        Assert.Empty(ListsByKey<int>.ListOf(lookup, "missing"));
        Assert.Equal([1, 2], ListsByKey<int>.ListOf(Expected, "a"));
        Assert.Empty(ListsByKey<int>.ListOf(Expected, "b"));
    }
}
