using System.Text;
using System.Text.Json;
using GraphQL.Types;

namespace PeerGraph.Api.Tests.Fuzz;

/// <summary>
/// Builds random GraphQL-over-HTTP requests from the served schema (the contract SDL): documents that walk its types
/// with arguments, variables, aliases, fragments and directives, then mutated (cut, spliced, nested, padded); variables
/// of every JSON shape; and bodies, methods and headers around them, well-formed or not. Deterministic for a seed.
/// Hand-written: a generator of GraphQL documents from a schema is not something FsCheck provides.
/// </summary>
public sealed class RequestFuzzer(ISchema schema, int seed)
{
    private readonly Random _random = new(seed);

    public sealed record FuzzRequest(HttpMethod Method, string Url, string? Body, string? ContentType, string? Accept, string? ApiKey)
    {
        public override string ToString() => $"{Method} {Url} [{ContentType}] accept={Accept} key={ApiKey is not null}\n{Body}";
    }

    public FuzzRequest Next(string apiKey)
    {
        var (document, variables) = _random.Next(10) switch
        {
            < 5 => Document(),
            < 8 => Mutate(Document()),
            _ => (Garbage(), RandomJson(3)),
        };
        var accept = Pick(null, null, "application/json", "application/graphql-response+json", "*/*", "text/html", "application/graphql-response+json;q=0.5, application/json");
        var key = _random.Next(4) == 0 ? apiKey : _random.Next(10) == 0 ? "wrong-key" : null;
        if (_random.Next(5) == 0)
        {
            var url = "/graphql?query=" + Uri.EscapeDataString(document)
                + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(_random.Next(8) == 0 ? Mangle(variables) : variables))
                + (_random.Next(4) == 0 ? "&operationName=" + Uri.EscapeDataString(Name()) : "");
            return new FuzzRequest(HttpMethod.Get, url, null, null, accept, key);
        }
        var body = Body(document, variables);
        var contentType = _random.Next(12) == 0 ? Pick("text/plain", "application/json; charset=latin1", "application/x-www-form-urlencoded", null) : "application/json";
        return new FuzzRequest(HttpMethod.Post, "/graphql", body, contentType, accept, key);
    }

    private string Body(string document, string? variables)
    {
        var fields = new List<string> { "\"query\":" + JsonSerializer.Serialize(document) };
        if (variables is not null)
        {
            fields.Add("\"variables\":" + variables);
        }
        if (_random.Next(5) == 0)
        {
            fields.Add("\"operationName\":" + Pick("null", "\"A\"", "\"B\"", "7", "\"\"", JsonSerializer.Serialize(Name())));
        }
        if (_random.Next(10) == 0)
        {
            fields.Add("\"extensions\":" + RandomJson(2));
        }
        var body = "{" + string.Join(",", fields.OrderBy(_ => _random.Next())) + "}";
        return _random.Next(10) switch
        {
            0 => Mangle(body),
            1 => RandomJson(4),
            _ => body,
        };
    }

    /// <summary>A document over the schema: one to three operations (or one anonymous), fragments, variables.</summary>
    private (string Document, string? Variables) Document()
    {
        var variables = new Dictionary<string, string>();
        var definitions = new List<string>();
        var builder = new StringBuilder();
        var operations = _random.Next(6) == 0 ? _random.Next(2, 4) : 1;
        for (var i = 0; i < operations; i++)
        {
            var mutation = schema.Mutation is not null && _random.Next(6) == 0;
            var root = mutation ? (IComplexGraphType)schema.Mutation! : schema.Query;
            var declared = new List<string>();
            var selection = SelectionSet(root, depth: 0, maxDepth: _random.Next(10) == 0 ? 25 : 5, declared, variables);
            var name = operations > 1 || _random.Next(2) == 0 ? " " + (char)('A' + i) : "";
            var header = declared.Count > 0 ? "(" + string.Join(", ", declared) + ")" : "";
            definitions.Add((mutation ? "mutation" : name.Length > 0 || header.Length > 0 ? "query" : "") + name + header + " " + selection);
        }
        if (_random.Next(5) == 0)
        {
            definitions.Add("fragment F on Query { __typename stats { studies } }");
            definitions[0] = definitions[0].Insert(definitions[0].IndexOf('{') + 1, " ...F ");
        }
        builder.AppendJoin('\n', definitions);
        var json = variables.Count == 0 && _random.Next(3) > 0 ? null : "{" + string.Join(",", variables.Select(v => JsonSerializer.Serialize(v.Key) + ":" + v.Value)) + "}";
        return (builder.ToString(), json);
    }

    private string SelectionSet(IComplexGraphType type, int depth, int maxDepth, List<string> declared, Dictionary<string, string> variables)
    {
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var count = depth >= maxDepth ? 1 : _random.Next(1, 4);
        var parts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (_random.Next(20) == 0)
            {
                parts.Add(Pick("__typename", "nope", "__schema { types { name } }", "__type(name: \"Study\") { name fields { name } }"));
                continue;
            }
            var field = fields[_random.Next(fields.Count)];
            var text = new StringBuilder();
            if (_random.Next(8) == 0)
            {
                text.Append(Name()).Append(": ");
            }
            text.Append(field.Name);
            if (field.Arguments is { Count: > 0 } arguments)
            {
                var args = arguments.Where(a => a.ResolvedType is NonNullGraphType || _random.Next(2) == 0)
                    .Select(a => a.Name + ": " + ArgumentValue(a, declared, variables)).ToList();
                if (args.Count > 0)
                {
                    text.Append('(').AppendJoin(", ", args).Append(')');
                }
            }
            if (_random.Next(10) == 0)
            {
                AddVariable("Boolean!", JsonSerializer.Serialize(_random.Next(2) == 0), declared, variables, out var v);
                text.Append(_random.Next(2) == 0 ? " @skip(if: $" : " @include(if: $").Append(v).Append(')');
            }
            var named = Named(field.ResolvedType);
            if (named is IComplexGraphType complex)
            {
                if (named is IAbstractGraphType abstractType && _random.Next(2) == 0)
                {
                    var possible = abstractType.PossibleTypes.ToList();
                    var concrete = possible[_random.Next(possible.Count)];
                    text.Append(" { id ... on ").Append(concrete.Name).Append(' ').Append(SelectionSet(concrete, depth + 1, maxDepth, declared, variables)).Append(" }");
                }
                else
                {
                    text.Append(' ').Append(SelectionSet(complex, depth + 1, maxDepth, declared, variables));
                }
            }
            parts.Add(text.ToString());
        }
        return "{ " + string.Join(" ", parts) + " }";
    }

    private string ArgumentValue(QueryArgument argument, List<string> declared, Dictionary<string, string> variables)
    {
        var type = argument.ResolvedType!;
        if (_random.Next(4) == 0)
        {
            var typeName = _random.Next(8) == 0 ? Pick("Int", "String!", "[ID!]", "Boolean") : Print(type);
            AddVariable(typeName, _random.Next(6) == 0 ? RandomJson(2) : JsonValue(type, 0), declared, variables, out var name);
            return "$" + name;
        }
        return _random.Next(10) == 0 ? Pick("null", "1.5", "\"x\"", "[[[[1]]]]", "{ a: 1 }", "true", "ENUM", "-2147483649") : Literal(type, 0);
    }

    private void AddVariable(string type, string json, List<string> declared, Dictionary<string, string> variables, out string name)
    {
        name = "v" + variables.Count;
        declared.Add("$" + name + ": " + type);
        variables[name] = json;
    }

    private static IGraphType? Named(IGraphType? type) => type switch
    {
        NonNullGraphType n => Named(n.ResolvedType),
        ListGraphType l => Named(l.ResolvedType),
        _ => type,
    };

    private static string Print(IGraphType type) => type switch
    {
        NonNullGraphType n => Print(n.ResolvedType!) + "!",
        ListGraphType l => "[" + Print(l.ResolvedType!) + "]",
        _ => type.Name,
    };

    private string Literal(IGraphType type, int depth) => type switch
    {
        NonNullGraphType n => Literal(n.ResolvedType!, depth),
        ListGraphType l => "[" + string.Join(", ", Enumerable.Range(0, depth > 3 ? 0 : _random.Next(0, 3)).Select(_ => Literal(l.ResolvedType!, depth + 1))) + "]",
        EnumerationGraphType e => e.Values.ElementAt(_random.Next(e.Values.Count)).Name,
        IInputObjectGraphType o => "{ " + string.Join(", ", o.Fields.Where(f => f.ResolvedType is NonNullGraphType || (depth < 3 && _random.Next(3) == 0))
            .Select(f => f.Name + ": " + Literal(f.ResolvedType!, depth + 1))) + " }",
        IntGraphType => Pick("0", "1", "5", "100", "-1", "2147483647", "1000000"),
        FloatGraphType => Pick("0.5", "1", "-3.25e2"),
        BooleanGraphType => Pick("true", "false"),
        IdGraphType => JsonSerializer.Serialize(Id()),
        _ => JsonSerializer.Serialize(Text()),
    };

    private string JsonValue(IGraphType type, int depth) => type switch
    {
        NonNullGraphType n => JsonValue(n.ResolvedType!, depth),
        ListGraphType l => "[" + string.Join(",", Enumerable.Range(0, depth > 3 ? 0 : _random.Next(0, 3)).Select(_ => JsonValue(l.ResolvedType!, depth + 1))) + "]",
        EnumerationGraphType e => JsonSerializer.Serialize(e.Values.ElementAt(_random.Next(e.Values.Count)).Name),
        IInputObjectGraphType o => "{" + string.Join(",", o.Fields.Where(f => f.ResolvedType is NonNullGraphType || (depth < 3 && _random.Next(3) == 0))
            .Select(f => JsonSerializer.Serialize(f.Name) + ":" + JsonValue(f.ResolvedType!, depth + 1))) + "}",
        IntGraphType => Pick("0", "3", "-7", "2147483648", "null"),
        FloatGraphType => Pick("0.5", "1e308", "-0"),
        BooleanGraphType => Pick("true", "false", "\"true\""),
        IdGraphType => JsonSerializer.Serialize(Id()),
        _ => JsonSerializer.Serialize(Text()),
    };

    private string Id() => Pick("pushing-patience-persistence-2014", "Study:intentional-differences-2021", "role-clarity", "Theme:role-clarity",
        "supervisor", "StakeholderGroup:client", "StakeholderGroup:", "Nope:x", "", "\u00e9\u0000", new string('a', 300), Name());

    private string Text() => Pick("peer", "support", "\"quoted\"", "", "a* OR b", "NEAR(", "\u2014 dash", "'; DROP TABLE study; --", "peer support work", new string('z', 500));

    private string Name() => Pick("A", "B", "query", "mutation", "x" + _random.Next(1000), "Deep");

    /// <summary>Cuts, splices, repeats, nests or pads a document: usually invalid, sometimes in new ways.</summary>
    private (string, string?) Mutate((string Document, string? Variables) input)
    {
        var text = input.Document;
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            text = _random.Next(9) switch
            {
                0 => text.Length > 1 ? text.Remove(_random.Next(text.Length), 1) : text,
                1 => text.Insert(_random.Next(text.Length + 1), Pick("{", "}", "(", ")", "[", "]", "$", "...", "@", "\"", "#", ":", "!", "\u0000", "\\u", "\"\"\"", "on", "fragment")),
                2 => text[.._random.Next(text.Length + 1)],
                3 => "{ " + string.Concat(Enumerable.Repeat("a { ", _random.Next(20, 400))) + "b" + new string('}', _random.Next(0, 400)) + " }",
                4 => "{ studies(where: { participantGroupIds: " + new string('[', _random.Next(10, 300)) + "\"x\"" + new string(']', _random.Next(10, 300)) + " }) { totalCount } }",
                5 => "{ " + string.Join(" ", Enumerable.Repeat("stats { studies }", _random.Next(50, 2000))) + " }",
                6 => text + "\nfragment F on Query { ...F }",
                7 => "{ " + string.Join(" ", Enumerable.Range(0, _random.Next(90, 130)).Select(n => $"a{n}: stats {{ studies }}")) + " }",
                _ => text.Replace("{", "{ __typename ", StringComparison.Ordinal),
            };
        }
        return (text, _random.Next(3) == 0 ? RandomJson(3) : input.Variables);
    }

    private const string Alphabet = " {}()[]:$@!.\"#,=|&abc";

    private string Garbage()
    {
        var length = _random.Next(0, 200);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(4) == 0 ? (char)_random.Next(0, 0x3000) : Alphabet[_random.Next(Alphabet.Length)]);
        }
        return builder.ToString();
    }

    private string RandomJson(int depth) => _random.Next(depth <= 0 ? 5 : 8) switch
    {
        0 => "null",
        1 => Pick("0", "-1", "1e400", "3.5", "9007199254740993"),
        2 => JsonSerializer.Serialize(Text()),
        3 => Pick("true", "false"),
        4 => "\"" + Id() + "\"",
        5 or 6 => "{" + string.Join(",", Enumerable.Range(0, _random.Next(0, 4)).Select(i => JsonSerializer.Serialize(Pick("id", "v0", "v1", "first", "query", "a" + i)) + ":" + RandomJson(depth - 1))) + "}",
        _ => "[" + string.Join(",", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => RandomJson(depth - 1))) + "]",
    };

    private string Mangle(string json) => _random.Next(4) switch
    {
        0 => json[.._random.Next(json.Length + 1)],
        1 => json.Insert(_random.Next(json.Length + 1), Pick(",", "}", "{", "\"", "\\", "\u0000")),
        2 => new string('[', 3000) + new string(']', 3000),
        _ => json.Replace("\"", "'", StringComparison.Ordinal),
    };

    private string Pick(params string?[] choices) => choices[_random.Next(choices.Length)]!;
}
