using System.Xml.Linq;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.Seed;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    private static async Task<(SeedGraph Seed, XDocument Xml)> CuratedSeedAsGraphMl()
    {
        var read = await SeedReader.ReadAsync(RepoPaths.Seed, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        using var stream = new MemoryStream();
        GraphMlWriter.Write(read.Graph!, stream);
        stream.Position = 0;
        return (read.Graph!, XDocument.Load(stream));
    }

    private static string? DataOf(XElement element, string key) =>
        element.Elements(Ns + "data").FirstOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    [Fact]
    public async Task Every_edge_joins_declared_nodes_and_every_label_and_type_is_of_the_graph_model()
    {
        var (_, xml) = await CuratedSeedAsGraphMl();
        var nodes = xml.Descendants(Ns + "node").ToDictionary(n => (string)n.Attribute("id")!, n => DataOf(n, "label"));
        var edges = xml.Descendants(Ns + "edge").ToList();

        Assert.All(nodes.Values, label => Assert.True(Enum.TryParse<NodeKind>(label, out _), $"unknown label {label}"));
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodes.Keys);
            Assert.Contains((string)e.Attribute("target")!, nodes.Keys);
            Assert.Contains(DataOf(e, "type"), RelationshipType.All);
        });
    }

    [Fact]
    public async Task Relationships_point_the_way_the_graph_model_says_and_count_the_seed()
    {
        var (seed, xml) = await CuratedSeedAsGraphMl();
        var labelOf = xml.Descendants(Ns + "node").ToDictionary(n => (string)n.Attribute("id")!, n => DataOf(n, "label"));
        var edges = xml.Descendants(Ns + "edge")
            .Select(e => (Type: DataOf(e, "type")!, From: labelOf[(string)e.Attribute("source")!], To: labelOf[(string)e.Attribute("target")!]))
            .ToList();

        string Direction(string type) => string.Join(",", edges.Where(e => e.Type == type).Select(e => $"{e.From}->{e.To}").Distinct());
        Assert.Equal("Study->Finding", Direction(RelationshipType.Reports));
        Assert.Equal("Finding->Theme", Direction(RelationshipType.About));
        Assert.Equal("Finding->StakeholderGroup", Direction(RelationshipType.FromPerspectiveOf));
        Assert.Equal("Author->Study", Direction(RelationshipType.Authored));
        Assert.Equal("Study->StakeholderGroup", Direction(RelationshipType.Sampled));
        Assert.Equal("Theme->Theme", Direction(RelationshipType.SubthemeOf));

        var findings = seed.Studies.SelectMany(s => s.Findings).ToList();
        Assert.Equal(findings.Count, edges.Count(e => e.Type == RelationshipType.Reports));
        Assert.Equal(findings.Sum(f => f.PerspectiveIds.Count), edges.Count(e => e.Type == RelationshipType.FromPerspectiveOf));
        Assert.Equal(seed.Studies.Sum(s => s.Authors.Count), edges.Count(e => e.Type == RelationshipType.Authored));
        Assert.Equal(seed.Studies.Count, labelOf.Values.Count(l => l == nameof(NodeKind.Study)));
    }

    [Fact]
    public async Task Studies_carry_year_and_doi_findings_their_evidence_and_numbers_are_declared_int_without_a_byte_order_mark()
    {
        var read = await SeedReader.ReadAsync(RepoPaths.Seed, cancellationToken: TestContext.Current.CancellationToken);
        using var stream = new MemoryStream();
        GraphMlWriter.Write(read.Graph!, stream);
        var bytes = stream.ToArray();
        var xml = XDocument.Load(new MemoryStream(bytes));
        var keys = xml.Descendants(Ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.type")!);
        var nodes = xml.Descendants(Ns + "node").ToDictionary(n => (string)n.Attribute("id")!);

        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal("int", keys["year"]);
        Assert.Equal("int", keys["count"]);
        Assert.Equal("int", keys["position"]);
        Assert.Equal("string", keys["doi"]);
        Assert.Equal("string", keys["evidence"]);
        foreach (var study in read.Graph!.Studies)
        {
            var node = nodes[GlobalId.Format(NodeKind.Study, study.Id)];
            Assert.Equal(study.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), DataOf(node, "year"));
            Assert.Equal(study.Doi, DataOf(node, "doi"));
            Assert.All(study.Findings, f => Assert.Equal(f.Evidence, DataOf(nodes[GlobalId.Format(NodeKind.Finding, f.Id)], "evidence")));
        }
        var intKeys = keys.Where(k => k.Value == "int").Select(k => k.Key).ToHashSet();
        Assert.All(xml.Descendants(Ns + "data").Where(d => intKeys.Contains((string)d.Attribute("key")!)), d => Assert.True(int.TryParse(d.Value, out _), d.ToString()));
    }
}
