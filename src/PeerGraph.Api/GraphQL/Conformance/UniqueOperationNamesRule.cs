using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.2.1.1 Operation Name Uniqueness. GraphQL.NET 8 reports the second operation at its keyword;
/// graphql-js reports both operations' names.
/// </summary>
public sealed class UniqueOperationNamesRule : ValidationRuleBase
{
    public static readonly UniqueOperationNamesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        DuplicateNames.Report(context, context.Document.Definitions.OfType<GraphQLOperationDefinition>(), o => o.Name,
            "5.2.1.1", "UNIQUE_OPERATION_NAMES", name => $"There can be only one operation named '{name}'.");
        return new((INodeVisitor?)null);
    }
}
