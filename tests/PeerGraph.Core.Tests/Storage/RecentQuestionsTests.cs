using PeerGraph.Core.Storage.Caching;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>The answer cache's doorkeeper: which questions count as asked before (RecentQuestions.cs).</summary>
public sealed class RecentQuestionsTests
{
    [Fact]
    public void A_question_is_new_at_its_first_ask_and_asked_before_at_its_second()
    {
        var recent = new RecentQuestions(1000);
        Assert.False(recent.AskedBefore(("search", "peer", 5)));
        Assert.True(recent.AskedBefore(("search", "peer", 5)));
        Assert.False(recent.AskedBefore(("search", "peer", 6)));
    }

    [Fact]
    public void It_forgets_every_question_once_as_many_as_it_holds_were_remembered()
    {
        var recent = new RecentQuestions(100);
        Assert.False(recent.AskedBefore(-1));
        for (var i = 0; i < 98; i++)
        {
            recent.AskedBefore(i);
        }
        Assert.True(recent.AskedBefore(-1)); // 99 remembered: not yet forgotten
        recent.AskedBefore(98); // the 100th

        Assert.False(recent.AskedBefore(-1));
    }

    [Fact]
    public void Few_new_questions_pass_for_asked_before_when_it_is_half_full()
    {
        // Boxed ints hash to themselves, so this count is the same on every run.
        var recent = new RecentQuestions(10_000);
        for (var i = 0; i < 5_000; i++)
        {
            Assert.False(recent.AskedBefore(i));
        }
        var falselyAskedBefore = Enumerable.Range(1_000_000, 1_000).Count(i => recent.AskedBefore(i));
        Assert.InRange(falselyAskedBefore, 0, 15);
    }
}
