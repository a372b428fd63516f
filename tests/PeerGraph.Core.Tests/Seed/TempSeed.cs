using System.Text.Json.Nodes;

namespace PeerGraph.Core.Tests.Seed;

/// <summary>A small valid seed in a temp directory, as JSON nodes a test can break before writing.</summary>
internal sealed class TempSeed : IDisposable
{
    public TempSeed()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("peergraph-seed-").FullName;
        Groups = JsonNode.Parse("""
            [{ "id": "peer-specialist", "name": "Peer specialist", "synonyms": ["peer worker"] },
             { "id": "client", "name": "Client", "synonyms": [] },
             { "id": "supervisor", "name": "Supervisor", "synonyms": [] }]
            """)!.AsArray();
        Themes = JsonNode.Parse("""
            [{ "id": "role-clarity", "name": "Role clarity", "parent": null },
             { "id": "role-ambiguity", "name": "Lack of role definition", "parent": "role-clarity" }]
            """)!.AsArray();
        Methods = JsonNode.Parse("""[{ "id": "interviews", "name": "Interviews", "kind": "DATA_COLLECTION" }]""")!.AsArray();
        Studies["alpha-2020"] = Study("alpha-2020", "10.1234/alpha");
        Studies["beta-2021"] = Study("beta-2021", "10.1234/beta");
    }

    public string Directory { get; }
    public JsonArray Groups { get; }
    public JsonArray Themes { get; }
    public JsonArray Methods { get; }
    public SortedDictionary<string, JsonObject> Studies { get; } = new(StringComparer.Ordinal);

    public string StudyFile(string id) => Path.Combine(Directory, "studies", id + ".json");

    public static JsonObject Study(string id, string doi) => JsonNode.Parse($$"""
        {
          "$schema": "../schema/study.schema.json",
          "id": "{{id}}", "title": "Title of {{id}}", "year": 2020, "publishedOn": "2020-03-01", "doi": "{{doi}}",
          "journal": { "name": "Journal of Tests", "issn": ["1234-5678"], "publisher": null },
          "authors": ["Ada Lovelace"], "methods": ["interviews"],
          "settings": [{ "id": "clinic", "name": "A clinic", "description": null }],
          "participants": [{ "group": "peer-specialist", "count": 8, "note": "eight peer specialists" }],
          "findings": [{ "id": "{{id}}/unclear-role", "theme": "role-ambiguity", "perspectives": ["peer-specialist"],
                         "about": ["client"], "statement": "Roles were unclear.", "evidence": "lack of clarity" }],
          "source": { "file": "source.txt", "kind": "test" }
        }
        """)!.AsObject();

    /// <summary>Writes the directory form and returns its path.</summary>
    public string Write()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "studies"));
        File.WriteAllText(Path.Combine(Directory, "groups.json"), Groups.ToJsonString());
        File.WriteAllText(Path.Combine(Directory, "themes.json"), Themes.ToJsonString());
        File.WriteAllText(Path.Combine(Directory, "methods.json"), Methods.ToJsonString());
        foreach (var (id, study) in Studies)
        {
            File.WriteAllText(StudyFile(id), study.ToJsonString());
        }
        File.WriteAllText(Path.Combine(Directory, "source.txt"), "They often felt a lack of\nclarity about their role.");
        return Directory;
    }

    /// <summary>Writes the bundle form and returns the file's path.</summary>
    public string WriteBundle()
    {
        var bundle = new JsonObject
        {
            ["groups"] = Groups.DeepClone(),
            ["themes"] = Themes.DeepClone(),
            ["methods"] = Methods.DeepClone(),
            ["studies"] = new JsonArray(Studies.Values.Select(s => (JsonNode)s.DeepClone()).ToArray()),
        };
        var path = Path.Combine(Directory, "bundle.json");
        File.WriteAllText(path, bundle.ToJsonString());
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
