namespace PeerGraph.Core.Storage;

/// <summary>
/// Orders strings as SQLite's BINARY collation orders TEXT: by their UTF-8 bytes. That is ordinal UTF-16 order except
/// where a surrogate pair (a code point above U+FFFF, 4 UTF-8 bytes) meets a code unit from U+E000 to U+FFFF, which
/// UTF-8 puts before it; those two ranges are swapped before comparing.
/// </summary>
public static class BinaryTextOrder
{
    public static int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return (y is null).CompareTo(x is null);
        }
        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }
        return Utf8Rank(x[common]).CompareTo(Utf8Rank(y[common]));
    }

    /// <summary>
    /// The first four code units, in this order, as one number: where two keys differ, the strings compare as the keys
    /// do; where they are equal, the strings must be compared (shorter strings are padded with the lowest rank).
    /// </summary>
    public static ulong PrefixKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ulong key = 0;
        for (var i = 0; i < 4; i++)
        {
            key = (key << 16) | (uint)(i < text.Length ? Utf8Rank(text[i]) : 0);
        }
        return key;
    }

    private static int Utf8Rank(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
