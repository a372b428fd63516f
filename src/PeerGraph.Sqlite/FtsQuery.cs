using PeerGraph.Core.Storage;

namespace PeerGraph.Sqlite;

/// <summary>
/// Turns user text into an FTS5 match expression: every word quoted (so FTS syntax in the input is just text),
/// implicitly ANDed, the last one a prefix when asked. The expression is passed as a parameter.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The match expression, or null when the text has no word.</summary>
    public static string? Build(string text, bool prefixLastWord)
    {
        var words = SearchText.Words(text);
        if (words.Count == 0)
        {
            return null;
        }
        var terms = words.Select(w => $"\"{w}\"").ToList();
        if (prefixLastWord)
        {
            terms[^1] += "*";
        }
        return string.Join(' ', terms);
    }
}
