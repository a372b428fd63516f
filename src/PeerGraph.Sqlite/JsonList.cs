using System.Text.Json;

namespace PeerGraph.Sqlite;

/// <summary>Lists stored in a column, and lists of ids passed as one parameter (read with json_each).</summary>
internal static class JsonList
{
    public static string Of(IEnumerable<string> values) => JsonSerializer.Serialize(values, SqliteJsonContext.Default.IEnumerableString);

    public static string Of(IEnumerable<long> values) => "[" + string.Join(',', values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    public static IReadOnlyList<string> Parse(string json) =>
        json is "[]" ? [] : JsonSerializer.Deserialize(json, SqliteJsonContext.Default.StringArray) ?? [];
}
