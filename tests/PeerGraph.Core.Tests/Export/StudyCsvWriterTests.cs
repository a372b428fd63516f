using System.Text;
using PeerGraph.Core.Export;

namespace PeerGraph.Core.Tests.Export;

/// <summary>RFC 4180 (Common Format and MIME Type for CSV Files), section 2: read back with a parser of its grammar.</summary>
public sealed class StudyCsvWriterTests
{
    private static string Csv(IEnumerable<PeerGraph.Core.Seed.StudyRecord> studies)
    {
        var output = new StringWriter();
        StudyCsvWriter.Write(studies, output);
        return output.ToString();
    }

    /// <summary>The grammar of RFC 4180 section 2 (file = header *(CRLF record) [CRLF]); throws on anything else.</summary>
    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var i = 0;
        while (i < text.Length)
        {
            var record = new List<string>();
            while (true)
            {
                var field = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new FormatException("unterminated quoted field");
                        }
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        field.Append(text[i++]);
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"')
                        {
                            throw new FormatException($"a quote inside an unquoted field at {i}");
                        }
                        field.Append(text[i++]);
                    }
                }
                record.Add(field.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }
                if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
                {
                    i += 2;
                    break;
                }
                if (i >= text.Length)
                {
                    break;
                }
                throw new FormatException($"a bare CR or LF, or text after a closing quote, at {i}");
            }
            records.Add(record);
        }
        return records;
    }

    [Fact]
    public void Rule_6_and_7_fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_as_written()
    {
        var study = ExportSamples.AwkwardStudy();

        var rows = Parse(Csv([study]));

        Assert.Equal(2, rows.Count);
        var row = rows[1];
        string Column(string name) => row[StudyCsvWriter.Columns.ToList().IndexOf(name)];
        Assert.Equal(ExportSamples.Awkward, Column("title"));
        Assert.Equal("Ann O'Neil; Smith and Wesson Research Group; Zoë {Z} Bar", Column("authors"));
        Assert.Equal("qualitative, \"mixed\"", Column("design"));
        Assert.Equal("peer-specialist: 8; client", Column("participants"));
        Assert.Equal("peer, support; trust", Column("keywords"));
        Assert.Equal("2020", Column("year"));
        Assert.Equal("", Column("issue"));
        Assert.Equal("21", Column("citationCount"));
    }

    [Fact]
    public void Rule_1_and_3_every_record_ends_in_CRLF_and_has_as_many_fields_as_the_header()
    {
        var csv = Csv(ExportSamples.Curated());

        var rows = Parse(csv);

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(StudyCsvWriter.Columns, rows[0]);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(StudyCsvWriter.Columns.Count, r.Count));
        Assert.Equal(ExportSamples.Curated().Select(s => s.Title), rows.Skip(1).Select(r => r[1]));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Rule_6_and_7_a_field_is_quoted_only_when_it_must_be_and_its_quotes_doubled(string value, string expected) =>
        Assert.Equal(expected, StudyCsvWriter.Field(value));
}
