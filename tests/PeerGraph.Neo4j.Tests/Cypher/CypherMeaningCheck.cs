using System.Text.RegularExpressions;

namespace PeerGraph.Neo4j.Tests.Cypher;

/// <summary>
/// What Neo4j's linter cannot see and the review in docs/neo4j.md found wrong, as rules over the statement text
/// (written by hand: no Cypher meaning checker is available). Variables are tracked clause by clause as Cypher scopes
/// them (Cypher manual, WITH, CALL subqueries, COLLECT/COUNT/EXISTS subqueries):
/// <list type="bullet">
/// <item>a labelled node pattern inside a COLLECT/COUNT/EXISTS/CALL subquery must not reuse a variable of the outer
/// scope: the subquery sees it, so the pattern is that outer node, not a new one (the FindingsFromGroups bug);</item>
/// <item>every node pattern of a MATCH has a label or is a variable already bound;</item>
/// <item>a LIMIT follows an ORDER BY of the same WITH/RETURN (otherwise which rows are kept is unspecified).</item>
/// </list>
/// </summary>
public static partial class CypherMeaningCheck
{
    /// <summary>A subquery that is a bare pattern (<c>EXISTS { (a)--() }</c>): variables are checked, labels are not required.</summary>
    private const string Pattern = "(pattern)";

    private static readonly string[] Clauses = ["OPTIONAL MATCH", "MATCH", "WITH", "RETURN", "UNWIND", "CALL", "ORDER BY", "LIMIT", "MERGE", "CREATE", "SET", "DETACH DELETE", "DELETE", "FOREACH", "WHERE", "ON CREATE SET", "UNION"];

    public static IReadOnlyList<string> Problems(string text)
    {
        var problems = new List<string>();
        Check(Clean(text), new HashSet<string>(StringComparer.Ordinal), inSubquery: false, problems);
        return problems;
    }

    /// <summary>Comments and string literals out, so their words are not read as Cypher.</summary>
    private static string Clean(string text) => StringLiteral().Replace(LineComment().Replace(text, ""), "''");

    private static HashSet<string> Check(string text, HashSet<string> scope, bool inSubquery, List<string> problems)
    {
        var outer = new HashSet<string>(scope, StringComparer.Ordinal);
        var orderedSinceProjection = false;
        foreach (var (keyword, body) in SplitClauses(text))
        {
            var own = Subqueries(keyword + " " + body, scope, problems)[(keyword.Length + 1)..];
            switch (keyword)
            {
                case "MATCH" or "OPTIONAL MATCH" or "MERGE" or "CREATE" or Pattern:
                    foreach (Match node in NodePattern().Matches(own))
                    {
                        var name = node.Groups["name"].Value;
                        var labelled = node.Groups["label"].Success;
                        if (inSubquery && labelled && name.Length > 0 && outer.Contains(name))
                        {
                            problems.Add($"'({name}:...' in a subquery is the outer '{name}', not a new node: rename it, or drop the label if the outer node is meant");
                        }
                        if (keyword.EndsWith("MATCH", StringComparison.Ordinal) && !labelled && !(name.Length > 0 && scope.Contains(name)))
                        {
                            problems.Add($"{keyword} '({name})' has no label and is not bound earlier");
                        }
                        if (name.Length > 0)
                        {
                            scope.Add(name);
                        }
                    }
                    foreach (Match other in RelationshipOrPath().Matches(own))
                    {
                        scope.Add(other.Groups[1].Success ? other.Groups[1].Value : other.Groups[2].Value);
                    }
                    break;
                case "UNWIND":
                    if (AliasAtEnd().Match(own.Trim()) is { Success: true } unwound)
                    {
                        scope.Add(unwound.Groups[1].Value);
                    }
                    break;
                case "CALL":
                    foreach (Match yielded in Yield().Matches(own))
                    {
                        foreach (var name in yielded.Groups[1].Value.Split(',').Select(n => n.Trim()))
                        {
                            scope.Add(name);
                        }
                    }
                    break;
                case "WITH" or "RETURN":
                    scope.Clear();
                    scope.UnionWith(Projected(own));
                    orderedSinceProjection = false;
                    break;
                case "ORDER BY":
                    orderedSinceProjection = true;
                    break;
                case "LIMIT" when !orderedSinceProjection:
                    problems.Add("LIMIT without ORDER BY in the same WITH/RETURN: which rows are kept is unspecified");
                    break;
            }
        }
        return scope;
    }

    /// <summary>Checks the subqueries of a clause (their scope: everything outside for COLLECT/COUNT/EXISTS, the imported variables for CALL (x) {}) and returns the clause with them blanked.</summary>
    private static string Subqueries(string clause, HashSet<string> scope, List<string> problems)
    {
        var result = clause;
        foreach (Match open in SubqueryStart().Matches(clause).Reverse())
        {
            var start = open.Index + open.Length;
            var end = Closing(clause, start - 1);
            var inner = clause[start..end];
            var innerScope = open.Groups["import"].Success
                ? open.Groups["import"].Value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(scope, StringComparer.Ordinal);
            var returned = Check(inner, innerScope, inSubquery: true, problems);
            if (open.Groups["import"].Success)
            {
                scope.UnionWith(returned); // CALL (x) { ... RETURN y } adds y to the outer scope
            }
            result = result[..open.Index] + new string(' ', end + 1 - open.Index) + result[(end + 1)..];
        }
        return result;
    }

    private static int Closing(string text, int openBrace)
    {
        var depth = 0;
        for (var i = openBrace; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        throw new FormatException("unbalanced braces");
    }

    /// <summary>The clauses at brace, bracket and parenthesis depth 0, each with its keyword.</summary>
    private static List<(string Keyword, string Body)> SplitClauses(string text)
    {
        var starts = new List<(int At, string Keyword)>();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            if (depth != 0 || (i > 0 && !char.IsWhiteSpace(text[i - 1])))
            {
                continue;
            }
            var keyword = Clauses.FirstOrDefault(k => string.CompareOrdinal(text, i, k, 0, k.Length) == 0 && (i + k.Length == text.Length || !char.IsLetterOrDigit(text[i + k.Length])));
            if (keyword is not null)
            {
                starts.Add((i, keyword));
                i += keyword.Length - 1;
            }
        }
        var clauses = starts.Select((s, n) => (s.Keyword, text[(s.At + s.Keyword.Length)..(n + 1 < starts.Count ? starts[n + 1].At : text.Length)])).ToList();
        var leading = text[..(starts.Count > 0 ? starts[0].At : text.Length)];
        if (leading.Trim().Length > 0)
        {
            clauses.Insert(0, (Pattern, leading));
        }
        return clauses;
    }

    /// <summary>The names a WITH or RETURN passes on: aliases and bare variables.</summary>
    private static IEnumerable<string> Projected(string items)
    {
        var depth = 0;
        var from = 0;
        var parts = new List<string>();
        for (var i = 0; i < items.Length; i++)
        {
            depth += items[i] is '(' or '[' or '{' ? 1 : items[i] is ')' or ']' or '}' ? -1 : 0;
            if (items[i] == ',' && depth == 0)
            {
                parts.Add(items[from..i]);
                from = i + 1;
            }
        }
        parts.Add(items[from..]);
        foreach (var part in parts.Select(p => p.Trim()).Select(p => p.StartsWith("DISTINCT ", StringComparison.Ordinal) ? p[9..].Trim() : p))
        {
            if (AliasAtEnd().Match(part) is { Success: true } alias)
            {
                yield return alias.Groups[1].Value;
            }
            else if (BareName().IsMatch(part))
            {
                yield return part;
            }
        }
    }

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w])\(\s*(?<name>[A-Za-z_]\w*)?\s*(?<label>:[^)\s{]+)?\s*(?=[)\s{])")]
    private static partial Regex NodePattern();

    [GeneratedRegex(@"(?:\[\s*([A-Za-z_]\w*)\s*[:\]*])|(?:^\s*([A-Za-z_]\w*)\s*=)")]
    private static partial Regex RelationshipOrPath();

    [GeneratedRegex(@"\b(?:COLLECT|COUNT|EXISTS)\s*\{|\bCALL\s*\((?<import>[^)]*)\)\s*\{")]
    private static partial Regex SubqueryStart();

    [GeneratedRegex(@"\bAS\s+([A-Za-z_]\w*)$")]
    private static partial Regex AliasAtEnd();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"\bYIELD\s+([\w\s,]+?)(?=\s*(?:$|\bWHERE\b|\bRETURN\b|\bWITH\b))")]
    private static partial Regex Yield();
}
