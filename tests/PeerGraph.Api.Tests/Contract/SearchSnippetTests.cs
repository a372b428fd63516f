using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>
/// A search reads the texts snippets come from only when the request asks for <c>snippet</c>, under any alias or
/// through a fragment; the hits are the same either way.
/// </summary>
public sealed class SearchSnippetTests
{
    [Fact]
    public async Task The_store_is_asked_for_snippets_only_when_the_selection_has_one()
    {
        CountingStore counter = null!;
        await using var app = await TestApp.StartAsync(wrapStore: inner =>
        {
            var (store, c) = CountingStore.Wrap(inner);
            counter = c;
            return store;
        });
        async Task<(bool WithSnippets, JsonNode Hits)> Search(string selection, string fragments = "")
        {
            counter.LastArguments.Clear();
            var data = await app.DataAsync($"{{ search(text: \"vicarious traum\", first: 10) {{ {selection} }} }} {fragments}");
            return ((bool)counter.LastArguments["SearchAsync"][2]!, data["search"]!);
        }

        var (plain, plainHits) = await Search("score node { id }");
        var (aliased, aliasedHits) = await Search("score node { id } text: snippet");
        var (spread, _) = await Search("score ...S", "fragment S on SearchHit { snippet }");

        Assert.False(plain);
        Assert.True(aliased);
        Assert.True(spread);
        Assert.NotEmpty(plainHits.AsArray());
        Assert.Equal(plainHits.AsArray().Select(h => h!["node"]!["id"]!.GetValue<string>()), aliasedHits.AsArray().Select(h => h!["node"]!["id"]!.GetValue<string>()));
        Assert.All(aliasedHits.AsArray(), h => Assert.Contains("vicarious", h!["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }
}
