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

    /// <summary>Up to about 160 characters of the first text where a searched word occurs, cut at word boundaries.</summary>
    public static string? Snippet(IEnumerable<string?> texts, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return null;
        }
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            foreach (Match match in Word().Matches(text))
            {
                var token = match.Value.ToLowerInvariant();
                if (!words.Take(words.Count - 1).Contains(token) && !token.StartsWith(words[^1], StringComparison.Ordinal))
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
