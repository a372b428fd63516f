using PeerGraph.Api.Tests.Support;
using PeerGraph.Core.Seed;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>Resolvers go through per-request batch loaders: the number of store calls does not grow with the page.</summary>
public sealed class BatchingTests
{
    private const string Page = """
        query($n: Int) { studies(first: $n) { edges { node { id journal { name } authors { name } themes { name parent { name } }
          findings { statement theme { name } perspectives { name } } participants { count group { name } } } } } }
        """;

    [Fact]
    public async Task A_page_of_twenty_studies_with_nested_fields_costs_the_same_store_calls_as_a_page_of_two()
    {
        var bundle = Path.Combine(Directory.CreateTempSubdirectory("peergraph-batch-").FullName, "bundle.json");
        await SeedBundleWriter.WriteFileAsync(Seeds.Generated(200, seed: 3), bundle, TestContext.Current.CancellationToken);
        CountingStore counter = null!;
        await using var app = await TestApp.StartAsync(bundle, inner =>
        {
            var (store, c) = CountingStore.Wrap(inner);
            counter = c;
            return store;
        });

        counter.Calls.Clear();
        var two = await app.DataAsync(Page, new { n = 2 });
        var callsForTwo = counter.Calls.ToDictionary();
        counter.Calls.Clear();
        var twenty = await app.DataAsync(Page, new { n = 20 });
        var callsForTwenty = counter.Calls.ToDictionary();

        Assert.Equal(2, two["studies"]!["edges"]!.AsArray().Count);
        Assert.Equal(20, twenty["studies"]!["edges"]!.AsArray().Count);
        Assert.Equal(callsForTwo.OrderBy(c => c.Key), callsForTwenty.OrderBy(c => c.Key));
        // the page, journals, authors, themes, parents, findings, their themes, perspectives, participants' groups
        Assert.InRange(callsForTwenty.Values.Sum(), 6, 10);
    }
}
