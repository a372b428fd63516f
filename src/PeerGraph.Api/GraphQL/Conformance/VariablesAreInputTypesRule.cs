using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.8.2 Variables Are Input Types. GraphQL.NET 8 reports a variable of an output type at the variable;
/// graphql-js at its type, which is what is wrong, and leaves an unknown type to KnownTypeNames (5.5.1.2) alone,
/// where GraphQL.NET reported it twice.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRuleBase
{
    public static readonly VariablesAreInputTypesRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLVariableDefinition>((definition, context) =>
    {
        var namedType = context.Schema.AllTypes[Syntax.NamedType(definition.Type).Name.StringValue];
        if (namedType is not null && namedType is not (ScalarGraphType or EnumerationGraphType or IInputObjectGraphType))
        {
            context.ReportError(new ValidationError(context.Document.Source, "5.8.2",
                $"Variable '${definition.Variable.Name.StringValue}' cannot be non-input type '{Syntax.Print(definition.Type)}'.", definition.Type)
            {
                Code = "VARIABLES_ARE_INPUT_TYPES",
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
