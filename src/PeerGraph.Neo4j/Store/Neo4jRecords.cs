using System.Text.Json;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Neo4j.Store;

/// <summary>Domain records from the maps the statements return (node properties; absent properties are null in Neo4j).</summary>
internal static class Neo4jRecords
{
    private static string? Text(JsonElement map, string name) =>
        map.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement map, string name) =>
        map.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static IReadOnlyList<string> Strings(JsonElement map, string name) =>
        map.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];

    public static Study Study(JsonElement m) => new(
        Text(m, "id")!, Text(m, "title")!, m.TryGetProperty("titleIsDerived", out var d) && d.ValueKind == JsonValueKind.True,
        Text(m, "abstract"), Int(m, "year"), Text(m, "publishedOn"), Text(m, "doi"), Text(m, "url"), Text(m, "journalId"),
        Text(m, "volume"), Text(m, "issue"), Text(m, "pages"), Text(m, "design"), Text(m, "location"),
        Text(m, "dataCollectedFrom"), Text(m, "dataCollectedTo"), Strings(m, "keywords"), Int(m, "citationCount"),
        new SourceDocument(Text(m, "sourceFile")!, Text(m, "sourceKind")));

    public static Finding Finding(JsonElement m) => new(
        Text(m, "id")!, Text(m, "studyId")!, Text(m, "themeId")!, Strings(m, "perspectiveIds"), Strings(m, "aboutIds"), Text(m, "statement")!, Text(m, "evidence"));

    public static Theme Theme(JsonElement m) => new(Text(m, "id")!, Text(m, "name")!, Text(m, "description"), Text(m, "parentId"));

    public static StakeholderGroup Group(JsonElement m) => new(Text(m, "id")!, Text(m, "name")!, Text(m, "description"), Strings(m, "synonyms"));

    public static Journal Journal(JsonElement m) => new(Text(m, "id")!, Text(m, "name")!, Strings(m, "issn"), Text(m, "publisher"));

    public static Author Author(JsonElement m) => new(Text(m, "id")!, Text(m, "name")!);

    public static Method Method(JsonElement m) => new(Text(m, "id")!, Text(m, "name")!, Text(m, "kind") == "DATA_COLLECTION" ? MethodKind.DataCollection : MethodKind.Analysis);

    public static Setting Setting(JsonElement m) => new(Text(m, "id")!, Text(m, "name")!, Text(m, "description"));

    public static Participation Participation(JsonElement m) => new(Text(m, "studyId")!, Text(m, "groupId")!, Int(m, "count"), Text(m, "note"));

    public static GroupCount GroupCount(JsonElement m) => new(Text(m, "groupId")!, Int(m, "studyCount") ?? 0, Int(m, "findingCount") ?? 0);

    public static RelatedStudy Related(JsonElement m) => new(Text(m, "studyId")!, Strings(m, "sharedThemeIds"), m.GetProperty("similarity").GetDouble());
}
