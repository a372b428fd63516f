using System.Globalization;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Export;

/// <summary>
/// The studies as CSV (RFC 4180): a header row, one row per study, CRLF line ends, UTF-8 without a byte-order mark; a
/// field holding a comma, a double quote, CR or LF is quoted, its quotes doubled. Lists (authors, methods, themes,
/// keywords, participants) are joined with "; ". Values are written as stored, not altered for spreadsheets.
/// </summary>
public static class StudyCsvWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "title", "year", "authors", "journal", "volume", "issue", "pages", "doi", "url", "design", "methods",
        "location", "participants", "themes", "findings", "keywords", "citationCount",
    ];

    public static void Write(IEnumerable<StudyRecord> studies, TextWriter output)
    {
        WriteRow(output, Columns);
        foreach (var study in studies)
        {
            WriteRow(output,
            [
                study.Id,
                study.Title,
                Number(study.Year),
                string.Join("; ", study.Authors),
                study.Journal?.Name,
                study.Volume,
                study.Issue,
                study.Pages,
                study.Doi,
                study.Url,
                study.Design,
                string.Join("; ", study.MethodIds),
                study.Location,
                string.Join("; ", study.Participants.Select(p => p.Count is { } n ? $"{p.GroupId}: {n.ToString(CultureInfo.InvariantCulture)}" : p.GroupId)),
                string.Join("; ", study.Findings.Select(f => f.ThemeId).Distinct(StringComparer.Ordinal)),
                study.Findings.Count.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", study.Keywords),
                Number(study.CitationCount),
            ]);
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void WriteRow(TextWriter output, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }
            output.Write(Field(fields[i] ?? ""));
        }
        output.Write("\r\n");
    }

    /// <summary>RFC 4180 section 2, rules 6 and 7.</summary>
    internal static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
