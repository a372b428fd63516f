using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace PeerGraph.Core.Storage.Caching;

/// <summary>
/// Answers kept with what they depend on: tags naming records or parts of the graph ("study:x", "journal:y", "graph").
/// Each tag has a version that a write touching it moves; an answer is served only while every tag it depends on is
/// at the version it was read at before computing it, and while the epoch (moved by writes that touch everything) is
/// the one it was computed in. So a write drops exactly the answers that depend on what it touched, in O(1) per tag,
/// and an answer computed while a write commits is stored already stale rather than outliving it.
/// </summary>
internal sealed class KeptAnswers : IDisposable
{
    private readonly MemoryCache? _entries;
    private readonly RecentQuestions? _asked;
    private readonly ConcurrentDictionary<string, long> _tagVersions = new(StringComparer.Ordinal);
    private readonly TimeSpan? _maxAge;
    private long _epoch;

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

    /// <summary>The versions of <paramref name="tags"/> now, to be read before the answer is computed.</summary>
    public Stamp StampOf(params string[] tags)
    {
        var versions = new long[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            versions[i] = _tagVersions.GetValueOrDefault(tags[i]);
        }
        return new Stamp(Volatile.Read(ref _epoch), tags, versions);
    }

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

    /// <summary>Keeps <paramref name="value"/> unless a tag moved since <paramref name="stamp"/>, or its question is asked for the first time lately.</summary>
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
            _tagVersions.AddOrUpdate(tag, 1, static (_, version) => version + 1);
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
        for (var i = 0; i < stamp.Tags.Length; i++)
        {
            if (_tagVersions.GetValueOrDefault(stamp.Tags[i]) != stamp.Versions[i])
            {
                return false;
            }
        }
        return true;
    }

    public void Dispose() => _entries?.Dispose();

    public sealed record Stamp(long Epoch, string[] Tags, long[] Versions);

    private sealed record Entry(object? Value, Stamp Stamp);
}
