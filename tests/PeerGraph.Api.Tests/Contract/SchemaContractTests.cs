using System.Text.Json.Nodes;
using GraphQLParser.AST;
using PeerGraph.Api.Tests.Support;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>The served schema, read by introspection, is a superset of the contract (docs/contract.graphql, a copy of shared/design/schema.graphql).</summary>
public sealed class SchemaContractTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private const string Introspection = """
        { __schema { types { kind name interfaces { name } enumValues(includeDeprecated: true) { name }
            fields(includeDeprecated: true) { name type { ...T } args { name defaultValue type { ...T } } }
            inputFields { name defaultValue type { ...T } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    [Fact]
    public async Task The_served_schema_has_every_type_field_argument_default_enum_value_and_interface_of_the_contract()
    {
        var served = (await fixture.App.DataAsync(Introspection))["__schema"]!["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        var contract = GraphQLParser.Parser.Parse(File.ReadAllText(RepoPaths.Contract));
        var missing = new List<string>();

        foreach (var definition in contract.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var name = definition.Name.StringValue;
            if (!served.TryGetValue(name, out var type))
            {
                missing.Add($"type {name}");
                continue;
            }
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    CompareFields(name, o.Fields, type, missing);
                    foreach (var i in o.Interfaces?.Items ?? [])
                    {
                        if (!type["interfaces"]!.AsArray().Any(x => x!["name"]!.GetValue<string>() == i.Name.StringValue))
                        {
                            missing.Add($"{name} implements {i.Name.StringValue}");
                        }
                    }
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    CompareFields(name, i.Fields, type, missing);
                    break;
                case GraphQLEnumTypeDefinition e:
                    foreach (var value in e.Values!.Items)
                    {
                        if (!type["enumValues"]!.AsArray().Any(v => v!["name"]!.GetValue<string>() == value.Name.StringValue))
                        {
                            missing.Add($"{name}.{value.Name.StringValue}");
                        }
                    }
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    foreach (var field in input.Fields!.Items)
                    {
                        var servedField = type["inputFields"]!.AsArray().FirstOrDefault(f => f!["name"]!.GetValue<string>() == field.Name.StringValue);
                        CompareValue($"{name}.{field.Name.StringValue}", field.Type, field.DefaultValue, servedField, missing);
                    }
                    break;
            }
        }

        Assert.Empty(missing);
    }

    private static void CompareFields(string typeName, GraphQLFieldsDefinition? fields, JsonNode served, List<string> missing)
    {
        foreach (var field in fields!.Items)
        {
            var where = $"{typeName}.{field.Name.StringValue}";
            var servedField = served["fields"]!.AsArray().FirstOrDefault(f => f!["name"]!.GetValue<string>() == field.Name.StringValue);
            if (servedField is null)
            {
                missing.Add(where);
                continue;
            }
            if (TypeString(field.Type) != TypeString(servedField["type"]!))
            {
                missing.Add($"{where}: {TypeString(field.Type)} served as {TypeString(servedField["type"]!)}");
            }
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                var servedArgument = servedField["args"]!.AsArray().FirstOrDefault(a => a!["name"]!.GetValue<string>() == argument.Name.StringValue);
                CompareValue($"{where}({argument.Name.StringValue})", argument.Type, argument.DefaultValue, servedArgument, missing);
            }
        }
    }

    private static void CompareValue(string where, GraphQLType type, GraphQLValue? defaultValue, JsonNode? served, List<string> missing)
    {
        if (served is null)
        {
            missing.Add(where);
            return;
        }
        if (TypeString(type) != TypeString(served["type"]!))
        {
            missing.Add($"{where}: {TypeString(type)} served as {TypeString(served["type"]!)}");
        }
        var expected = defaultValue is null ? null : ValueString(defaultValue);
        var actual = served["defaultValue"]?.GetValue<string>().Replace(" ", "", StringComparison.Ordinal);
        if (expected != actual)
        {
            missing.Add($"{where}: default {expected ?? "none"} served as {actual ?? "none"}");
        }
    }

    private static string TypeString(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => TypeString(n.Type) + "!",
        GraphQLListType l => "[" + TypeString(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => "?",
    };

    private static string TypeString(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => TypeString(type["ofType"]!) + "!",
        "LIST" => "[" + TypeString(type["ofType"]!) + "]",
        _ => type["name"]!.GetValue<string>(),
    };

    private static string ValueString(GraphQLValue value) => value switch
    {
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLBooleanValue b => b.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLStringValue s => "\"" + s.Value.ToString() + "\"",
        GraphQLNullValue => "null",
        GraphQLListValue l => "[" + string.Join(",", (l.Values ?? []).Select(ValueString)) + "]",
        _ => value.ToString() ?? "?",
    };

    [Fact]
    public async Task Graphql_js_rebuilds_the_served_schema_from_its_full_introspection_and_finds_no_breaking_or_dangerous_change_from_the_contract()
    {
        await using var app = await KestrelApp.StartAsync();
        var contract = RepoPaths.Contract;

        var verdict = JsonNode.Parse(await NodeOracle.RunAsync("schema-superset.mjs", [app.GraphQLUrl, contract]))!;

        Assert.Empty(verdict["breaking"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Empty(verdict["dangerous"]!.AsArray().Select(c => c!.GetValue<string>()));
        // graphql-js 16.15 lets @deprecated mark directive definitions too, which the October 2021 spec does not.
        Assert.Equal(["DIRECTIVE_LOCATION_REMOVED: DIRECTIVE_DEFINITION was removed from deprecated."],
            verdict["builtInDirectives"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public void The_repositorys_contract_is_the_shared_design_contract()
    {
        var shared = Path.Combine(RepoPaths.Shared, "design", "schema.graphql");
        Assert.SkipUnless(File.Exists(shared), $"no shared design folder beside the repository ({shared}); CI has it");

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(RepoPaths.Contract));
    }
}
