using System.Globalization;
using System.Text;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Export;

/// <summary>
/// References in BibTeX: <c>@article</c> for a study with a journal, <c>@misc</c> otherwise, keyed by the study's id
/// (a slug: letters, digits and hyphens). Field values are in braces; LaTeX's special characters in text
/// (<c>\ { } $ &amp; % # _ ^ ~</c>) are escaped, so any value gives balanced braces and prints as written. Non-ASCII
/// characters are kept as UTF-8 (biber and bibtexu read them). The title is wrapped in a second pair of braces, so
/// that styles keep its capitalisation. <c>doi</c> and <c>url</c> are verbatim fields: only braces are percent-encoded.
/// </summary>
public static class BibTexWriter
{
    public static void Write(IEnumerable<StudyRecord> studies, TextWriter output)
    {
        var first = true;
        foreach (var study in studies)
        {
            if (!first)
            {
                output.Write('\n');
            }
            first = false;
            output.Write(study.Journal is null ? "@misc{" : "@article{");
            output.Write(study.Id);
            Field(output, "title", "{" + Escape(study.Title) + "}");
            Field(output, "author", study.Authors.Count == 0 ? null : string.Join(" and ", study.Authors.Select(Author)));
            Field(output, "year", study.Year?.ToString(CultureInfo.InvariantCulture));
            Field(output, "journal", Escape(study.Journal?.Name));
            Field(output, "volume", Escape(study.Volume));
            Field(output, "number", Escape(study.Issue));
            var (start, end) = RisWriter.Pages(study.Pages);
            Field(output, "pages", start is null ? null : Escape(end is null ? start : $"{start}--{end}"));
            Field(output, "issn", study.Journal?.Issn.Count > 0 ? Escape(string.Join(", ", study.Journal.Issn)) : null);
            Field(output, "publisher", Escape(study.Journal?.Publisher));
            Field(output, "doi", Verbatim(study.Doi));
            Field(output, "url", Verbatim(study.Url));
            Field(output, "abstract", Escape(study.Abstract));
            Field(output, "keywords", study.Keywords.Count == 0 ? null : Escape(string.Join(", ", study.Keywords)));
            output.Write("\n}\n");
        }
    }

    /// <summary>A name with " and " in it (an organisation) is braced, so that BibTeX does not split it into two people.</summary>
    private static string Author(string name) =>
        name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + Escape(name) + "}" : Escape(name)!;

    private static void Field(TextWriter output, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        output.Write(",\n  ");
        output.Write(name);
        output.Write(" = {");
        output.Write(value);
        output.Write('}');
    }

    /// <summary>LaTeX text: the ten special characters escaped; line breaks become spaces (a blank line ends a paragraph).</summary>
    internal static string? Escape(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '%' => @"\%",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private static string? Verbatim(string? value) =>
        value?.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
