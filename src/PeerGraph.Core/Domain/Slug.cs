using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PeerGraph.Core.Domain;

/// <summary>Lower-case kebab-case slugs, the ids of every record.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>A finding id is <c>&lt;study id&gt;/&lt;slug&gt;</c>.</summary>
    public static bool IsValidFindingId(string? value, string studyId) =>
        value is not null
        && value.StartsWith(studyId + "/", StringComparison.Ordinal)
        && IsValid(value[(studyId.Length + 1)..]);

    /// <summary>
    /// The slug of a free-text name (journals, authors): lower-cased, accents stripped,
    /// every run of other characters a single hyphen. "Sarah N. Mourra" gives "sarah-n-mourra".
    /// </summary>
    public static string From(string name)
    {
        var decomposed = name.ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingHyphen = false;
                builder.Append(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }
}
