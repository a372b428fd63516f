using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.8.1 Variable Uniqueness. GraphQL.NET 8 reports the two definitions at their <c>$</c>; graphql-js at
/// the variables' names.
/// </summary>
public sealed class UniqueVariableNamesRule : ValidationRuleBase
{
    public static readonly UniqueVariableNamesRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        DuplicateNames.Report(context, operation.Variables?.Items ?? [], v => v.Variable.Name,
            "5.8.1", "UNIQUE_VARIABLE_NAMES", name => $"There can be only one variable named '${name}'.");
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
