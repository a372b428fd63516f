using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using PeerGraph.Api.GraphQL.Conformance;

namespace PeerGraph.Api.Tests.Conformance;

/// <summary>
/// The @oneOf check GraphQL.NET's UniqueInputFieldNames made, kept by its replacement. The contract has no @oneOf
/// input, so this runs on a schema of its own, through the same rules.
/// </summary>
public sealed class OneOfInputTests
{
    private static readonly ISchema Schema = CreateSchema();

    private static ISchema CreateSchema()
    {
        var schema = global::GraphQL.Types.Schema.For("""
            input Pick @oneOf { a: Int b: String }
            type Query { pick(by: Pick!): Int }
            """);
        schema.Initialize();
        return schema;
    }

    private static async Task<List<string>> ErrorsAsync(string query)
    {
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema,
            Document = GraphQLParser.Parser.Parse(query),
            Rules = SpecConformance.ValidationRules,
            Operation = GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().First(),
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
        });
        return result.Errors.Select(e => e.Code!).ToList();
    }

    [Fact]
    public async Task Exactly_one_field_of_a_oneOf_input_is_given_and_it_is_not_null()
    {
        Assert.Empty(await ErrorsAsync("{ pick(by: { a: 1 }) }"));
        Assert.Equal(["ONE_OF_INPUT_VALUES"], await ErrorsAsync("""{ pick(by: { a: 1, b: "x" }) }"""));
        Assert.Equal(["ONE_OF_INPUT_VALUES"], await ErrorsAsync("{ pick(by: { a: null }) }"));
        Assert.Contains("ONE_OF_INPUT_VALUES", await ErrorsAsync("{ pick(by: {}) }"));
    }
}
