using System.Text.Json;

namespace PeerGraph.Neo4j.Client;

/// <summary>
/// The rows of a Query API response (<c>{"data": {"fields": [...], "values": [[...], ...]}, "bookmarks": [...]}</c>,
/// https://neo4j.com/docs/query-api/current/query/), each row readable by column name.
/// </summary>
public sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> values, IReadOnlyList<string> bookmarks)
{
    private readonly Dictionary<string, int> _columns = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    public IReadOnlyList<Neo4jRecord> Records => values.Select(v => new Neo4jRecord(_columns, v)).ToList();
}

/// <summary>One row: values by column name, decoded from the Query API's plain JSON.</summary>
public sealed class Neo4jRecord(IReadOnlyDictionary<string, int> columns, JsonElement[] values)
{
    public JsonElement this[string column] => columns.TryGetValue(column, out var index)
        ? values[index]
        : throw new KeyNotFoundException($"no column '{column}' in the result (columns: {string.Join(", ", columns.Keys)})");

    public string? GetString(string column) => this[column].ValueKind == JsonValueKind.Null ? null : this[column].GetString();

    public long? GetInt64(string column) => this[column].ValueKind == JsonValueKind.Null ? null : this[column].GetInt64();

    public double? GetDouble(string column) => this[column].ValueKind == JsonValueKind.Null ? null : this[column].GetDouble();

    public bool GetBoolean(string column) => this[column].GetBoolean();

    public IReadOnlyList<string> GetStrings(string column) =>
        this[column].ValueKind == JsonValueKind.Array ? this[column].EnumerateArray().Select(e => e.GetString()!).ToList() : [];

    /// <summary>A node value: <c>{"elementId", "labels", "properties"}</c>.</summary>
    public Neo4jNode GetNode(string column) => Neo4jNode.From(this[column]);
}

public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, JsonElement Properties)
{
    public static Neo4jNode From(JsonElement value) => new(
        value.GetProperty("elementId").GetString()!,
        value.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
        value.GetProperty("properties"));
}

public sealed record Neo4jRelationship(string ElementId, string Type, string StartNodeElementId, string EndNodeElementId, JsonElement Properties)
{
    public static Neo4jRelationship From(JsonElement value) => new(
        value.GetProperty("elementId").GetString()!,
        value.GetProperty("type").GetString()!,
        value.GetProperty("startNodeElementId").GetString()!,
        value.GetProperty("endNodeElementId").GetString()!,
        value.GetProperty("properties"));
}
