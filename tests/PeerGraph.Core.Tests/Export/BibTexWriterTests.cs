using System.Text;
using PeerGraph.Core.Export;

namespace PeerGraph.Core.Tests.Export;

/// <summary>BibTeX: entries BibTeX can parse (balanced braces, one key each), with LaTeX's special characters escaped.</summary>
public sealed class BibTexWriterTests
{
    private static string Bib(IEnumerable<PeerGraph.Core.Seed.StudyRecord> studies)
    {
        var output = new StringWriter();
        BibTexWriter.Write(studies, output);
        return output.ToString();
    }

    /// <summary>Reads entries as BibTeX does: @type{key, name = {value}, ...}, braces nesting inside values.</summary>
    private static List<(string Type, string Key, Dictionary<string, string> Fields)> Parse(string text)
    {
        var entries = new List<(string, string, Dictionary<string, string>)>();
        var i = 0;
        void SkipSpace()
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
        string Until(char stop)
        {
            var start = i;
            while (text[i] != stop)
            {
                i++;
            }
            return text[start..i++].Trim();
        }
        string Braced()
        {
            Assert.Equal('{', text[i++]);
            var depth = 1;
            var value = new StringBuilder();
            while (true)
            {
                var c = text[i++];
                if (c == '\\')
                {
                    value.Append(c).Append(text[i++]);
                    continue;
                }
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0)
                {
                    return value.ToString();
                }
                value.Append(c);
            }
        }
        SkipSpace();
        while (i < text.Length)
        {
            Assert.Equal('@', text[i++]);
            var type = Until('{');
            var key = Until(',');
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            while (true)
            {
                SkipSpace();
                if (text[i] == '}')
                {
                    i++;
                    break;
                }
                var name = Until('=');
                SkipSpace();
                fields.Add(name, Braced());
                SkipSpace();
                if (text[i] == ',')
                {
                    i++;
                }
            }
            entries.Add((type, key, fields));
            SkipSpace();
        }
        return entries;
    }

    [Fact]
    public void Every_curated_study_is_one_entry_keyed_by_its_id()
    {
        var studies = ExportSamples.Curated();

        var entries = Parse(Bib(studies));

        Assert.Equal(studies.Select(s => s.Id), entries.Select(e => e.Key));
        Assert.Equal(studies.Select(s => s.Journal is null ? "misc" : "article"), entries.Select(e => e.Type));
        Assert.All(entries, e => Assert.True(e.Fields.ContainsKey("title")));
    }

    [Fact]
    public void Braces_and_LaTeX_special_characters_are_escaped_so_every_value_stays_balanced()
    {
        var entry = Assert.Single(Parse(Bib([ExportSamples.AwkwardStudy()])));

        Assert.Equal(
            @"{Quotes ""like this"", commas, braces \{x\} and \}\{, a  line break, LaTeX's \$ \& \% \# \_ \textasciicircum{} \textasciitilde{} \textbackslash{} and ünïcödé}",
            entry.Fields["title"]);
        Assert.Equal(@"Journal of A \& B", entry.Fields["journal"]);
        Assert.Equal(@"Press \#1", entry.Fields["publisher"]);
        Assert.Equal(@"First line. Second line with 100\% \& more.", entry.Fields["abstract"]);
    }

    [Fact]
    public void Authors_are_joined_with_and_and_a_name_containing_and_is_kept_whole()
    {
        var entry = Assert.Single(Parse(Bib([ExportSamples.AwkwardStudy()])));

        Assert.Equal(@"Ann O'Neil and {Smith and Wesson Research Group} and Zoë \{Z\} Bar", entry.Fields["author"]);
    }

    [Fact]
    public void Pages_take_an_en_dash_and_doi_and_url_stay_verbatim_but_for_braces()
    {
        var entry = Assert.Single(Parse(Bib([ExportSamples.AwkwardStudy()])));

        Assert.Equal("307--328", entry.Fields["pages"]);
        Assert.Equal("10.1000/a_b%7Bc%7D", entry.Fields["doi"]);
        Assert.Equal("https://example.org/a?b=1&c=%7B2%7D", entry.Fields["url"]);
        Assert.Equal("2020", entry.Fields["year"]);
        Assert.False(entry.Fields.ContainsKey("number"));
    }
}
