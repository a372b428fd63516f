using PeerGraph.Core.Storage.Caching;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>
/// An answer is stamped before it is computed; a tag touched after the stamp makes it stale, also a tag added to the
/// stamp only once the answer is known (the studies a page lists).
/// </summary>
public sealed class KeptAnswersStampTests
{
    private static KeptAnswers Answers() => new(new CachingGraphStoreOptions { Entries = 100, KeepsFirstAnswers = true });

    [Fact]
    public void A_tag_touched_after_the_stamp_makes_the_answer_stale_also_when_added_after_computing()
    {
        using var answers = Answers();
        var stamp = answers.StampOf("links");
        answers.Touch(["study:a"]); // a write of a listed study commits while the page is computed

        answers.Set("page", "as read before the write", stamp.With(["study:a"]));

        Assert.False(answers.TryGet<string>("page", out _));
    }

    [Fact]
    public void A_tag_touched_before_the_stamp_leaves_the_answer_current()
    {
        using var answers = Answers();
        answers.Touch(["study:a"]);
        var stamp = answers.StampOf("links");

        answers.Set("page", "as read after the write", stamp.With(["study:a"]));

        Assert.True(answers.TryGet<string>("page", out var kept));
        Assert.Equal("as read after the write", kept);
        answers.Touch(["study:b"]);
        Assert.True(answers.TryGet<string>("page", out _));
        answers.Touch(["links"]);
        Assert.False(answers.TryGet<string>("page", out _));
    }
}
