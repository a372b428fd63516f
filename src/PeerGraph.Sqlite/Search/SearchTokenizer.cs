using System.Globalization;
using System.Text;
using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite.Search;

/// <summary>
/// The index's terms: words as <see cref="SearchText"/> defines them (runs of letters and digits, composed first),
/// lowercased, with diacritics folded as FTS5's <c>unicode61 remove_diacritics 2</c> tokenizer (V1_Schema.sql) does:
/// only a letter that is an ASCII letter with marks (é, ï, ő, ǖ, İ) becomes that letter; others keep theirs (ø, ł,
/// Greek, Cyrillic й, kana ピ), so the studies' text filter finds what FTS5 found (TextFilterEquivalenceTests).
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>Calls <paramref name="term"/> for every term of <paramref name="text"/>, in order, repeats included.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void ForEachTerm(string text, Action<string> term)
    {
        // Composed first, so a letter written with a separate accent mark stays one word.
        var span = (text.IsNormalized() ? text : text.Normalize()).AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && IsWordChar(span[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                term(Normalize(span[start..i]));
                start = -1;
            }
        }
    }

    /// <summary>The distinct terms of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        ForEachTerm(text, t =>
        {
            if (!terms.Contains(t, StringComparer.Ordinal))
            {
                terms.Add(t);
            }
        });
        return terms;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static string Normalize(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= c < 128;
        }
        return ascii
            ? string.Create(word.Length, word, static (buffer, source) => source.ToLowerInvariant(buffer))
            : string.Create(word.Length, word, static (buffer, source) =>
            {
                var folds = Folds.Value;
                for (var i = 0; i < source.Length; i++)
                {
                    buffer[i] = folds[source[i]];
                }
            });
    }

    /// <summary>Every UTF-16 unit lowercased, then an ASCII letter with marks reduced to the letter (made once, 128 KiB).</summary>
    private static readonly Lazy<char[]> Folds = new(() =>
    {
        var folds = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            folds[c] = Fold((char)c);
        }
        return folds;
    });

    private static char Fold(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }
        var lower = char.ToLowerInvariant(c);
        if (lower < 128 || CharUnicodeInfo.GetUnicodeCategory(lower) is UnicodeCategory.OtherNotAssigned)
        {
            return lower;
        }
        // İ has no invariant lowercase; its decomposition (I and a dot above) gives i as FTS5 does.
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0])
            && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark))
        {
            return char.ToLowerInvariant(decomposed[0]);
        }
        return lower;
    }
}
