using System.Numerics;

namespace PeerGraph.Core.Storage.Caching;

/// <summary>
/// The questions asked lately, remembered approximately (a Bloom filter of their keys, two bits each), so that the
/// answer cache keeps an answer only the second time its question is asked: the "doorkeeper" of TinyLFU (Einziger,
/// Friedman and Manes, "TinyLFU: A Highly Efficient Cache Admission Policy", 2017). Under questions that are seldom
/// asked twice (distinct searches on a large graph) every kept answer outlived the gen0 collection that would have
/// freed it, was copied into the older generations and dropped from there later: at 100,000 studies the GC paused
/// 40 to 80 ms about once a second under searches with the cache on, against under 2 ms twenty times a second with it
/// off, at the same rate (README, "Session 19").
/// It forgets everything at once after as many new questions as it was made for, so what it remembers stays recent.
/// At least 16 bits a question (up to 2^27 bits, 16 MiB): when full, about 1.4 % of new questions pass for asked
/// before (and their answers are kept at the first ask, as without this filter).
/// Thread-safe without locks: a race (with another question, or with forgetting) may lose a question's bits, and its
/// answer is then kept one ask later.
/// </summary>
internal sealed class RecentQuestions
{
    private const int BitsPerQuestion = 16;
    private const long MostBits = 1L << 27;

    private readonly ulong[] _bits;
    private readonly int _shift;
    private readonly int _forgetAfter;
    private int _remembered;

    /// <param name="questions">How many new questions it remembers before it forgets them all (at least 64).</param>
    public RecentQuestions(int questions)
    {
        _forgetAfter = Math.Max(64, questions);
        var bits = (long)BitOperations.RoundUpToPowerOf2((ulong)_forgetAfter * BitsPerQuestion);
        bits = Math.Min(bits, MostBits);
        _bits = new ulong[bits / 64];
        _shift = 64 - BitOperations.Log2((ulong)bits);
    }

    /// <summary>
    /// True when <paramref name="question"/> was asked since the filter last forgot; otherwise remembers it and says
    /// false.
    /// </summary>
    public bool SeenElseRemember(object question)
    {
        // Two positions from the key's hash code, each the top bits of a multiplication by a different odd constant.
        var hash = (ulong)(uint)question.GetHashCode();
        var first = (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);
        var second = (int)((hash * 0xC2B2AE3D27D4EB4FUL) >> _shift);
        if (IsSet(first) && IsSet(second))
        {
            return true;
        }
        // The question past the last one remembered makes it forget (one thread clears), then is remembered itself.
        if (Interlocked.Increment(ref _remembered) > _forgetAfter && Interlocked.Exchange(ref _remembered, 1) > _forgetAfter)
        {
            Array.Clear(_bits);
        }
        Set(first);
        Set(second);
        return false;
    }

    private bool IsSet(int bit) => (Volatile.Read(ref _bits[bit >> 6]) & (1UL << bit)) != 0;

    private void Set(int bit) => Interlocked.Or(ref _bits[bit >> 6], 1UL << bit);
}
