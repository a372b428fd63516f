using PeerGraph.Core.Seed;
using PeerGraph.Neo4j.Store;

namespace PeerGraph.Neo4j.Export;

/// <summary>
/// A plain Cypher script that loads a graph into an empty Neo4j through cypher-shell or Neo4j Browser: the store's own
/// schema statements, then each Write/Merge*.cypher statement after a <c>:param rows =&gt; [...]</c> command holding its
/// batch. The statements are the same parameterised files the store runs.
/// </summary>
public static class CypherScriptWriter
{
    private const int StudyBatch = 200;

    public static void Write(SeedGraph seed, TextWriter output)
    {
        output.WriteLine("// PeerGraph: the graph as a Cypher script for an empty Neo4j (cypher-shell -f FILE, or paste into Neo4j Browser).");
        foreach (var name in CypherStatements.Names("Schema"))
        {
            Statement(output, CypherStatements.Get(name));
        }
        Batch(output, "Write/MergeGroups", Neo4jSeedRows.Groups(seed));
        Batch(output, "Write/MergeThemes", Neo4jSeedRows.Themes(seed));
        Batch(output, "Write/LinkThemeParents", Neo4jSeedRows.ThemeParents(seed));
        Batch(output, "Write/MergeMethods", Neo4jSeedRows.Methods(seed));
        var settingOrdinals = Neo4jSeedRows.SettingOrdinals(seed);
        for (var start = 0; start < seed.Studies.Count; start += StudyBatch)
        {
            var studies = seed.Studies.Skip(start).Take(StudyBatch).ToList();
            Batch(output, "Write/MergeStudies", Neo4jSeedRows.Studies(studies, id => settingOrdinals[id]));
            Batch(output, "Write/MergeFindings", [.. Neo4jSeedRows.Findings(studies)]);
        }
    }

    private static void Batch(TextWriter output, string statement, object[] rows)
    {
        if (rows.Length == 0)
        {
            return;
        }
        output.WriteLine($":param rows => {CypherLiteral.Write(rows)};");
        Statement(output, CypherStatements.Get(statement));
    }

    private static void Statement(TextWriter output, string statement)
    {
        output.WriteLine(statement.TrimEnd().TrimEnd(';') + ";");
        output.WriteLine();
    }
}
