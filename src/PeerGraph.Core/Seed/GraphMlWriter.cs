using System.Xml;
using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>
/// Writes the graph as GraphML (for Gephi, yEd, NetworkX): nodes with their label (the graph model's node labels),
/// a caption, and for studies their year and DOI, for findings their evidence; edges with the relationship type and
/// direction of the graph model in architecture.md, a sample's count and an author's position. Numbers are declared
/// <c>int</c>, so tools read them as numbers; UTF-8 without a byte-order mark.
/// </summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(SeedGraph seed, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = false, Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        Key(xml, "label", "node", "label", "string");
        Key(xml, "name", "node", "name", "string");
        Key(xml, "year", "node", "year", "int");
        Key(xml, "doi", "node", "doi", "string");
        Key(xml, "evidence", "node", "evidence", "string");
        Key(xml, "type", "edge", "type", "string");
        Key(xml, "count", "edge", "count", "int");
        Key(xml, "position", "edge", "position", "int");
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "peergraph");
        xml.WriteAttributeString("edgedefault", "directed");

        var written = new HashSet<string>(StringComparer.Ordinal);
        void Node(NodeKind kind, string id, string name, params (string Key, string? Value)[] attributes)
        {
            var key = GlobalId.Format(kind, id);
            if (!written.Add(key))
            {
                return;
            }
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", key);
            Data(xml, "label", kind.ToString());
            Data(xml, "name", name);
            foreach (var (attribute, value) in attributes)
            {
                if (value is not null)
                {
                    Data(xml, attribute, value);
                }
            }
            xml.WriteEndElement();
        }
        void Edge(NodeKind fromKind, string from, string type, NodeKind toKind, string to, string? dataKey = null, string? dataValue = null)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("source", GlobalId.Format(fromKind, from));
            xml.WriteAttributeString("target", GlobalId.Format(toKind, to));
            Data(xml, "type", type);
            if (dataKey is not null && dataValue is not null)
            {
                Data(xml, dataKey, dataValue);
            }
            xml.WriteEndElement();
        }

        foreach (var group in seed.Groups)
        {
            Node(NodeKind.StakeholderGroup, group.Id, group.Name);
        }
        foreach (var theme in seed.Themes)
        {
            Node(NodeKind.Theme, theme.Id, theme.Name);
        }
        foreach (var method in seed.Methods)
        {
            Node(NodeKind.Method, method.Id, method.Name);
        }
        foreach (var study in seed.Studies)
        {
            Node(NodeKind.Study, study.Id, study.Title, ("year", study.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("doi", study.Doi));
            if (study.Journal is { } journal)
            {
                Node(NodeKind.Journal, Slug.From(journal.Name), journal.Name);
            }
            foreach (var author in study.Authors)
            {
                Node(NodeKind.Author, Slug.From(author), author);
            }
            foreach (var setting in study.Settings)
            {
                Node(NodeKind.Setting, setting.Id, setting.Name);
            }
            foreach (var finding in study.Findings)
            {
                Node(NodeKind.Finding, finding.Id, finding.Statement, ("evidence", finding.Evidence));
            }
        }
        foreach (var theme in seed.Themes.Where(t => t.ParentId is not null))
        {
            Edge(NodeKind.Theme, theme.Id, RelationshipType.SubthemeOf, NodeKind.Theme, theme.ParentId!);
        }
        foreach (var study in seed.Studies)
        {
            if (study.Journal is { } journal)
            {
                Edge(NodeKind.Study, study.Id, RelationshipType.PublishedIn, NodeKind.Journal, Slug.From(journal.Name));
            }
            for (var i = 0; i < study.Authors.Count; i++)
            {
                Edge(NodeKind.Author, Slug.From(study.Authors[i]), RelationshipType.Authored, NodeKind.Study, study.Id, "position", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            foreach (var method in study.MethodIds)
            {
                Edge(NodeKind.Study, study.Id, RelationshipType.UsedMethod, NodeKind.Method, method);
            }
            foreach (var setting in study.Settings)
            {
                Edge(NodeKind.Study, study.Id, RelationshipType.ConductedIn, NodeKind.Setting, setting.Id);
            }
            foreach (var participant in study.Participants)
            {
                Edge(NodeKind.Study, study.Id, RelationshipType.Sampled, NodeKind.StakeholderGroup, participant.GroupId,
                    "count", participant.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            foreach (var finding in study.Findings)
            {
                Edge(NodeKind.Study, study.Id, RelationshipType.Reports, NodeKind.Finding, finding.Id);
                Edge(NodeKind.Finding, finding.Id, RelationshipType.About, NodeKind.Theme, finding.ThemeId);
                foreach (var group in finding.PerspectiveIds)
                {
                    Edge(NodeKind.Finding, finding.Id, RelationshipType.FromPerspectiveOf, NodeKind.StakeholderGroup, group);
                }
                foreach (var group in finding.AboutIds)
                {
                    Edge(NodeKind.Finding, finding.Id, RelationshipType.Concerns, NodeKind.StakeholderGroup, group);
                }
            }
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
