using System.Text.RegularExpressions;
using PeerGraph.Core.Export;

namespace PeerGraph.Core.Tests.Export;

/// <summary>The RIS format: "XX  - value" lines, each record from TY to ER, values on one line.</summary>
public sealed partial class RisWriterTests
{
    private static string Ris(IEnumerable<PeerGraph.Core.Seed.StudyRecord> studies)
    {
        var output = new StringWriter();
        RisWriter.Write(studies, output);
        return output.ToString();
    }

    private static List<List<(string Tag, string Value)>> Records(string ris)
    {
        var records = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        Assert.EndsWith("\r\n", ris, StringComparison.Ordinal);
        foreach (var line in ris[..^2].Split("\r\n"))
        {
            var match = TagLine().Match(line);
            Assert.True(match.Success, $"not a RIS line: '{line}'");
            var (tag, value) = (match.Groups[1].Value, match.Groups[2].Value);
            if (tag == "TY")
            {
                Assert.Null(current);
                current = [];
            }
            Assert.NotNull(current);
            current.Add((tag, value));
            if (tag == "ER")
            {
                records.Add(current);
                current = null;
            }
        }
        Assert.Null(current);
        return records;
    }

    [GeneratedRegex(@"^([A-Z][A-Z0-9])  - ?(.*)$")]
    private static partial Regex TagLine();

    [Fact]
    public void Every_record_runs_from_TY_to_ER_in_tag_lines_one_per_study()
    {
        var studies = ExportSamples.Curated();

        var records = Records(Ris(studies));

        Assert.Equal(studies.Count, records.Count);
        Assert.All(records, r => Assert.Equal("TY", r[0].Tag));
        Assert.All(records, r => Assert.Equal("ER", r[^1].Tag));
        Assert.Equal(studies.Select(s => s.Title), records.Select(r => r.Single(t => t.Tag == "TI").Value));
        Assert.Equal(studies.Sum(s => s.Authors.Count), records.Sum(r => r.Count(t => t.Tag == "AU")));
    }

    [Fact]
    public void A_study_maps_to_the_tags_reference_managers_read_with_each_value_on_one_line()
    {
        var record = Assert.Single(Records(Ris([ExportSamples.AwkwardStudy()])));
        string One(string tag) => record.Single(t => t.Tag == tag).Value;

        Assert.Equal("JOUR", One("TY"));
        Assert.Equal(ExportSamples.Awkward.Replace("\r\n", " ", StringComparison.Ordinal), One("TI"));
        Assert.Equal(["Ann O'Neil", "Smith and Wesson Research Group", "Zoë {Z} Bar"], record.Where(t => t.Tag == "AU").Select(t => t.Value));
        Assert.Equal("2020", One("PY"));
        Assert.Equal("2020/03//", One("DA"));
        Assert.Equal("Journal of A & B", One("JO"));
        Assert.Equal("307", One("SP"));
        Assert.Equal("328", One("EP"));
        Assert.Equal("10.1000/a_b{c}", One("DO"));
        Assert.Equal("First line. Second line with 100% & more.", One("AB"));
        Assert.Equal(["peer, support", "trust"], record.Where(t => t.Tag == "KW").Select(t => t.Value));
        Assert.DoesNotContain(record, t => t.Tag == "IS");
    }

    [Fact]
    public void A_study_without_a_journal_is_a_generic_reference()
    {
        var study = ExportSamples.AwkwardStudy() with { Journal = null };

        Assert.Equal("GEN", Records(Ris([study]))[0][0].Value);
    }
}
