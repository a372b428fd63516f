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
        var duplicates = context.Document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => o.Name is not null)
            .GroupBy(o => o.Name!.StringValue, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.ReportError(new ValidationError(context.Document.Source, "5.2.1.1", $"There can be only one operation named '{group.Key}'.",
                    first.Name!, duplicate.Name!)
                {
                    Code = "UNIQUE_OPERATION_NAMES",
                });
            }
        }
        return new((INodeVisitor?)null);
    }
}
