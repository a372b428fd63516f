using System.Globalization;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Export;

/// <summary>
/// References in RIS, as reference managers (EndNote, Zotero, Mendeley) import it: one record per study, each line a
/// two-character tag, two spaces, a hyphen, a space and the value; <c>TY</c> first, <c>ER</c> last; CRLF line ends;
/// a value on one line (line breaks inside it become spaces). <c>TY</c> is <c>JOUR</c> for a study with a journal,
/// <c>GEN</c> otherwise.
/// </summary>
public static class RisWriter
{
    public static void Write(IEnumerable<StudyRecord> studies, TextWriter output)
    {
        foreach (var study in studies)
        {
            Tag(output, "TY", study.Journal is null ? "GEN" : "JOUR");
            Tag(output, "ID", study.Id);
            Tag(output, "TI", study.Title);
            foreach (var author in study.Authors)
            {
                Tag(output, "AU", author);
            }
            Tag(output, "PY", study.Year?.ToString(CultureInfo.InvariantCulture));
            Tag(output, "DA", Date(study.PublishedOn));
            Tag(output, "JO", study.Journal?.Name);
            Tag(output, "VL", study.Volume);
            Tag(output, "IS", study.Issue);
            var (start, end) = Pages(study.Pages);
            Tag(output, "SP", start);
            Tag(output, "EP", end);
            foreach (var issn in study.Journal?.Issn ?? [])
            {
                Tag(output, "SN", issn);
            }
            Tag(output, "PB", study.Journal?.Publisher);
            Tag(output, "DO", study.Doi);
            Tag(output, "UR", study.Url);
            Tag(output, "AB", study.Abstract);
            foreach (var keyword in study.Keywords)
            {
                Tag(output, "KW", keyword);
            }
            Tag(output, "ER", "");
        }
    }

    private static void Tag(TextWriter output, string tag, string? value)
    {
        if (value is null || (value.Length == 0 && tag != "ER"))
        {
            return;
        }
        output.Write(tag);
        output.Write("  - ");
        output.Write(OneLine(value));
        output.Write("\r\n");
    }

    private static string OneLine(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0 ? value : string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>RIS dates are YYYY/MM/DD/ (parts may be empty); the seed's are ISO: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    internal static string? Date(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }
        var parts = iso.Split('-');
        return $"{parts[0]}/{(parts.Length > 1 ? parts[1] : "")}/{(parts.Length > 2 ? parts[2] : "")}/";
    }

    /// <summary>"307-328" (or with an en dash) is start page and end page; anything else is a start page as written.</summary>
    internal static (string? Start, string? End) Pages(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages))
        {
            return (null, null);
        }
        var parts = pages.Split(['-', '\u2013'], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0], parts[1]) : (pages.Trim(), null);
    }
}
