using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite.Search;

/// <summary>
/// The index's terms: words as <see cref="SearchText"/> defines them (runs of letters and
/// digits), lowercased, with diacritics folded as the FTS5 table's unicode61 remove_diacritics tokenizer does.
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
            : SearchText.Fold(word.ToString());
    }
}
