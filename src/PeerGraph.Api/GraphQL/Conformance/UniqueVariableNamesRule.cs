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
        var duplicates = (operation.Variables?.Items ?? [])
            .GroupBy(v => v.Variable.Name.StringValue, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.ReportError(new ValidationError(context.Document.Source, "5.8.1", $"There can be only one variable named '${group.Key}'.",
                    first.Variable.Name, duplicate.Variable.Name)
                {
                    Code = "UNIQUE_VARIABLE_NAMES",
                });
            }
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
