using System.Reflection;

namespace PeerGraph.Neo4j.Store;

/// <summary>The store's statements: one parameterised .cypher file each (Cypher/), embedded in the assembly, read once.</summary>
public static class CypherStatements
{
    private const string Prefix = "PeerGraph.Neo4j.Cypher.";

    private static readonly Dictionary<string, string> Statements = Load();

    /// <summary>The statement of <c>Cypher/{name}.cypher</c>, e.g. <c>Read/GetStudies</c>.</summary>
    public static string Get(string name) =>
        Statements.TryGetValue(name.Replace('/', '.'), out var statement) ? statement : throw new KeyNotFoundException($"no Cypher/{name}.cypher embedded");

    public static IEnumerable<string> Names(string folder) =>
        Statements.Keys.Where(k => k.StartsWith(folder + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var statements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            statements[resource[Prefix.Length..^".cypher".Length]] = reader.ReadToEnd();
        }
        return statements;
    }
}
