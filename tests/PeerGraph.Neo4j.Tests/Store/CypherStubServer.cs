using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PeerGraph.Neo4j.Store;

namespace PeerGraph.Neo4j.Tests.Store;

/// <summary>
/// A stand-in for the Query API that knows the store's statements: it names the statement of each request, records
/// the parameters sent, and answers with rows whose fields are exactly the statement's RETURN columns (read from the
/// .cypher file), so a store that reads a column its statement does not return fails. Discovery and transactions are
/// answered as Neo4j documents them (https://neo4j.com/docs/query-api/current/).
/// </summary>
internal sealed partial class CypherStubServer : HttpMessageHandler
{
    private static readonly Dictionary<string, string> NamesByText = new[] { "Read", "Write", "Schema" }
        .SelectMany(CypherStatements.Names)
        .ToDictionary(name => CypherStatements.Get(name.Replace('.', '/')), name => name.Replace('.', '/'));

    private readonly Dictionary<string, Queue<object?[][]>> _rows = new(StringComparer.Ordinal);

    public List<(string Statement, JsonObject Parameters)> Ran { get; } = [];

    /// <summary>The rows (values in RETURN column order) the next run of <paramref name="statement"/> answers.</summary>
    public CypherStubServer Answer(string statement, params object?[][] rows)
    {
        if (!_rows.TryGetValue(statement, out var queue))
        {
            _rows[statement] = queue = new Queue<object?[][]>();
        }
        queue.Enqueue(rows);
        return this;
    }

    /// <summary>The RETURN columns of the statement's last top-level RETURN clause, in order.</summary>
    public static IReadOnlyList<string> Columns(string statement)
    {
        var lines = CypherStatements.Get(statement).Split('\n');
        var start = Array.FindLastIndex(lines, l => l.StartsWith("RETURN ", StringComparison.Ordinal));
        if (start < 0)
        {
            return [];
        }
        var clause = string.Join('\n', lines.Skip(start).TakeWhile((l, i) => i == 0 || !(l.StartsWith("ORDER BY", StringComparison.Ordinal) || l.StartsWith("LIMIT", StringComparison.Ordinal))))["RETURN ".Length..];
        var items = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < clause.Length; i++)
        {
            depth += clause[i] is '(' or '[' or '{' ? 1 : clause[i] is ')' or ']' or '}' ? -1 : 0;
            if (clause[i] == ',' && depth == 0)
            {
                items.Add(clause[from..i]);
                from = i + 1;
            }
        }
        items.Add(clause[from..]);
        // A column is named by its alias, or is a bare variable named by itself.
        return items.Select(item => item.Trim()).Select(item => Alias().Match(item) is { Success: true } m ? m.Groups[1].Value
            : Bare().IsMatch(item) ? item : throw new InvalidOperationException($"{statement}: RETURN item without alias: {item}")).ToList();
    }

    /// <summary>The $parameters a statement uses.</summary>
    public static IReadOnlySet<string> Parameters(string statement) =>
        Parameter().Matches(CypherStatements.Get(statement)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get && path == "/")
        {
            return Json("""{"query": "http://neo4j.test:7474/db/{databaseName}/query/v2", "neo4j_version": "5.26.0", "neo4j_edition": "community"}""");
        }
        if (request.Method == HttpMethod.Delete || path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return Json("""{"data": {"fields": [], "values": []}, "bookmarks": ["FB:stub"]}""");
        }
        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
        if (body["statement"] is null)
        {
            return Json("""{"transaction": {"id": "tx1", "expires": "2030-01-01T00:00:00Z"}}""");
        }
        var text = body["statement"]!.GetValue<string>();
        var name = NamesByText.TryGetValue(text, out var known) ? known : "(ad hoc) " + text;
        Ran.Add((name, body["parameters"]!.AsObject()));
        var rows = _rows.TryGetValue(name, out var queue) && queue.Count > 0 ? queue.Dequeue() : [];
        var fields = NamesByText.ContainsKey(text) ? Columns(name) : ["ok"];
        foreach (var row in rows)
        {
            Assert.Equal(fields.Count, row.Length);
        }
        return Json(JsonSerializer.Serialize(new { data = new { fields, values = rows } }));
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.Accepted) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [GeneratedRegex(@"\bAS\s+([A-Za-z_][A-Za-z0-9_]*)$", RegexOptions.Singleline)]
    private static partial Regex Alias();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Bare();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
