using PeerGraph.Core.Storage;

namespace PeerGraph.Core.Tests.Storage;

public sealed class SearchTextTests
{
    [Fact]
    public void Words_are_runs_of_letters_and_digits_lowercased_each_once_in_order()
    {
        Assert.Equal(["peer", "support", "2024"], SearchText.Words("Peer-support, PEER 2024!"));
        Assert.Empty(SearchText.Words("  -- ,"));
    }

    [Fact]
    public void Folding_takes_off_case_and_diacritics()
    {
        Assert.Equal("cafe", SearchText.Fold("Café"));
        Assert.Equal("resume", SearchText.Fold("Re\u0301sume\u0301"));
        Assert.Equal("trust", SearchText.Fold("TRUST"));
    }

    [Fact]
    public void A_snippet_is_cut_from_the_first_text_holding_a_word_compared_folded_the_last_word_as_a_prefix()
    {
        Assert.Equal("Café workers and peers", SearchText.Snippet([null, "Café workers and peers"], ["cafe"]));
        Assert.Equal("Peer trust", SearchText.Snippet(["Peer trust", "other"], ["peer", "tru"]));
        Assert.Null(SearchText.Snippet(["Peer work"], ["supervision"]));

        var longText = string.Join(' ', Enumerable.Repeat("filler", 40)) + " vicarious trauma " + string.Join(' ', Enumerable.Repeat("tail", 40));
        var snippet = SearchText.Snippet([longText], ["vicarious"])!;
        Assert.Contains("vicarious", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 180);
    }
}
