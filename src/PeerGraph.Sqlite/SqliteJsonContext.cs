using System.Text.Json.Serialization;

namespace PeerGraph.Sqlite;

[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IEnumerable<string[]>))]
internal sealed partial class SqliteJsonContext : JsonSerializerContext;
