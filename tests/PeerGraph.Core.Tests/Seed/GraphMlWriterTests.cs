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
}
