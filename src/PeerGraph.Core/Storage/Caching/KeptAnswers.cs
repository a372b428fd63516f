using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace PeerGraph.Core.Storage.Caching;

/// <summary>
/// Answers kept with what they depend on: tags naming records or parts of the graph ("study:x", "journal:y", "graph").
/// Every touch of a tag takes the next number of one sequence, and the tag keeps the number of its last touch; an
/// answer is stamped with the sequence as it was before the answer was computed, and served only while no tag it
/// depends on was touched after that (and while the epoch, moved by writes that touch everything, is the one it was
/// computed in). So a write drops exactly the answers that depend on what it touched, in O(1) per tag; an answer
/// computed while a write commits is stored already stale rather than outliving it; and tags learnt from the answer
/// itself (the studies a page lists) can be added after computing it (<see cref="Stamp.With"/>).
/// </summary>
internal sealed class KeptAnswers : IDisposable
{
    private readonly MemoryCache? _entries;
    private readonly RecentQuestions? _asked;
    private readonly ConcurrentDictionary<string, long> _tagVersions = new(StringComparer.Ordinal);
    private readonly TimeSpan? _maxAge;
    private long _epoch;
    private long _touches;

    public KeptAnswers(CachingGraphStoreOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Entries);
        _maxAge = options.MaxAge;
        if (options.Entries > 0)
        {
            _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Entries, CompactionPercentage = 0.25 });
            _asked = options.KeepsFirstAnswers ? null : new RecentQuestions(options.Entries);
        }
    }

    public bool Enabled => _entries is not null;

    /// <summary>What an answer depending on <paramref name="tags"/> is checked against; taken before the answer is computed.</summary>
    public Stamp StampOf(params string[] tags) => new(Volatile.Read(ref _epoch), Volatile.Read(ref _touches), tags);

    public bool TryGet<T>(object key, out T value)
    {
        if (_entries is not null && _entries.TryGetValue(key, out var found) && found is Entry { Value: T typed } entry && IsCurrent(entry))
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// Keeps <paramref name="value"/> unless the epoch moved since <paramref name="stamp"/> or its question is asked for the
    /// first time lately. (An answer whose tags were touched since the stamp is kept too, and found stale when read.)
    /// </summary>
    public void Set<T>(object key, T value, Stamp stamp)
    {
        if (_entries is null || stamp.Epoch != Volatile.Read(ref _epoch) || (_asked is not null && !_asked.SeenElseRemember(key)))
        {
            return;
        }
        var expires = _maxAge is { } age ? DateTimeOffset.UtcNow + age : (DateTimeOffset?)null;
        _entries.Set(key, new Entry(value, stamp), new MemoryCacheEntryOptions { Size = WeightOf(value), AbsoluteExpiration = expires });
    }

    /// <summary>
    /// What an answer counts against <see cref="CachingGraphStoreOptions.Entries"/>: one, plus one per record it holds
    /// (a page of 20 studies counts 21, a study's 6 findings 7). Counted by answers alone, the limit let a cache full of
    /// pages hold twenty times the memory of one full of records by id: 1.5 GB resident on a 10,000-study graph.
    /// </summary>
    internal static long WeightOf(object? value) => 1 + value switch
    {
        StudyPage page => page.Items.Count,
        System.Collections.ICollection list => list.Count,
        _ => 0,
    };

    /// <summary>Makes every answer depending on one of <paramref name="tags"/> stale.</summary>
    public void Touch(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            var touch = Interlocked.Increment(ref _touches);
            _tagVersions.AddOrUpdate(tag, static (_, touch) => touch, static (_, last, touch) => Math.Max(last, touch), touch);
        }
    }

    /// <summary>Makes every answer stale (a write that touches everything, or one this object did not see).</summary>
    public void TouchEverything()
    {
        Interlocked.Increment(ref _epoch);
        _entries?.Clear();
    }

    private bool IsCurrent(Entry entry)
    {
        var stamp = entry.Stamp;
        if (stamp.Epoch != Volatile.Read(ref _epoch))
        {
            return false;
        }
        foreach (var tag in stamp.Tags)
        {
            if (_tagVersions.GetValueOrDefault(tag) > stamp.Touches)
            {
                return false;
            }
        }
        return true;
    }

    public void Dispose() => _entries?.Dispose();

    /// <param name="Epoch">The epoch before the answer was computed.</param>
    /// <param name="Touches">The number of the last touch of any tag before the answer was computed.</param>
    /// <param name="Tags">What the answer depends on.</param>
    public sealed record Stamp(long Epoch, long Touches, string[] Tags)
    {
        /// <summary>
        /// The same stamp, depending on <paramref name="more"/> tags too: tags known only once the answer is computed. A
        /// touch of one of them since the stamp was taken makes the answer stale as if it had been named at once.
        /// </summary>
        public Stamp With(IEnumerable<string> more) => this with { Tags = [.. Tags, .. more] };
    }

    private sealed record Entry(object? Value, Stamp Stamp);
}
