using System.Collections;

namespace PeerGraph.Core.Storage;

/// <summary>
/// A lookup over lists made per key (the answer cache's per-study lists, related studies), handed out as they are
/// instead of being copied into a new lookup on every call. A caller that wants the lists themselves (the API's batch
/// loaders, the answer cache) reads <see cref="Lists"/> or <see cref="ListOf"/>; the lists must not be changed. A key
/// without a list has no items.
/// </summary>
public sealed class ListsByKey<T> : ILookup<string, T>
{
    public ListsByKey(IReadOnlyDictionary<string, IReadOnlyList<T>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Lists = lists;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<T>> Lists { get; }

    /// <summary>The items of <paramref name="key"/> in <paramref name="lookup"/> as a list: this type's own list, else a copy.</summary>
    public static IReadOnlyList<T> ListOf(ILookup<string, T> lookup, string key)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return lookup is ListsByKey<T> lists ? lists.Lists.GetValueOrDefault(key) ?? [] : lookup[key].ToList();
    }

    /// <summary>Keys with at least one item, as <see cref="Enumerable.ToLookup{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey})"/> counts them.</summary>
    public int Count => Lists.Values.Count(list => list.Count > 0);

    public IEnumerable<T> this[string key] => Lists.TryGetValue(key, out var list) ? list : [];

    public bool Contains(string key) => Lists.TryGetValue(key, out var list) && list.Count > 0;

    public IEnumerator<IGrouping<string, T>> GetEnumerator()
    {
        foreach (var (key, list) in Lists)
        {
            if (list.Count > 0)
            {
                yield return new Grouping(key, list);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Grouping(string key, IReadOnlyList<T> items) : IGrouping<string, T>
    {
        public string Key => key;

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
