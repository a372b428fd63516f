using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PeerGraph.Core.Storage;

/// <summary>
/// What both stores mean by a searched word, and the snippet they show for a hit: searched text is split into words
/// (letters and digits, lowercased, each once, in order); every word must occur and the last may be a prefix.
/// </summary>
public static partial class SearchText
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A word lowercased with its diacritics taken off (as FTS5's unicode61 remove_diacritics tokenizer does).</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (Ascii.IsValid(lower))
        {
            return lower;
        }
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Up to about 160 characters of the first text where a searched word occurs (words compared folded), cut at word
    /// boundaries.
    /// </summary>
    public static string? Snippet(IEnumerable<string?> texts, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return null;
        }
        var folded = words.Select(Fold).ToList();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            foreach (Match match in Word().Matches(text))
            {
                var token = Fold(match.Value);
                if (!folded.Take(folded.Count - 1).Contains(token) && !token.StartsWith(folded[^1], StringComparison.Ordinal))
                {
                    continue;
                }
                if (text.Length <= 160)
                {
                    return text;
                }
                var from = Math.Max(0, match.Index - 60);
                var to = Math.Min(text.Length, match.Index + 100);
                while (from > 0 && text[from - 1] != ' ')
                {
                    from--;
                }
                while (to < text.Length && text[to] != ' ')
                {
                    to++;
                }
                return (from > 0 ? "…" : "") + text[from..to].Trim() + (to < text.Length ? "…" : "");
            }
        }
        return null;
    }
}
