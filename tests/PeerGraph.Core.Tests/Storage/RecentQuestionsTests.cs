using PeerGraph.Core.Storage.Caching;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>The answer cache's doorkeeper: which questions count as asked before (RecentQuestions.cs).</summary>
public sealed class RecentQuestionsTests
{
    [Fact]
    public void A_question_is_new_at_its_first_ask_and_seen_at_its_second()
    {
        var recent = new RecentQuestions(1000);
        Assert.False(recent.SeenElseRemember(("search", "peer", 5)));
        Assert.True(recent.SeenElseRemember(("search", "peer", 5)));
        Assert.False(recent.SeenElseRemember(("search", "peer", 6)));
    }

    [Fact]
    public void It_forgets_every_question_at_the_first_new_one_past_as_many_as_it_was_made_for()
    {
        var recent = new RecentQuestions(100);
        Assert.False(recent.SeenElseRemember(-1));
        for (var i = 0; i < 99; i++)
        {
            recent.SeenElseRemember(i);
        }
        Assert.True(recent.SeenElseRemember(-1)); // 100 remembered: the most it holds

        Assert.False(recent.SeenElseRemember(99)); // the 101st: it forgets the others
        Assert.False(recent.SeenElseRemember(-1));
        Assert.True(recent.SeenElseRemember(99));
    }

    [Fact]
    public void Near_full_few_new_questions_pass_for_seen()
    {
        // 16,384 questions get exactly 16 bits each. Boxed ints hash to themselves; drawn by a seeded Random they stand
        // for keys of random hash codes, and the count is the same on every run.
        var random = new Random(42);
        var keys = Enumerable.Range(0, 16_000).Select(_ => (object)random.Next()).Distinct().ToList();
        var recent = new RecentQuestions(16_384);
        foreach (var key in keys.Take(15_000))
        {
            recent.SeenElseRemember(key);
        }
        var passedForSeen = keys.Skip(15_000).Count(recent.SeenElseRemember);

        // A Bloom filter of two bits a key, 16 bits a key, 15,000 to 16,000 keys: about 1.2 % expected.
        Assert.InRange(passedForSeen, 1, 25);
    }
}
