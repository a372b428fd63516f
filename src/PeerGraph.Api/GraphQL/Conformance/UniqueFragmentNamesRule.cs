using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.5.1.1 Fragment Name Uniqueness. GraphQL.NET 8 reports the two fragments at their <c>fragment</c>
/// keywords; graphql-js at their names.
/// </summary>
public sealed class UniqueFragmentNamesRule : ValidationRuleBase
{
    public static readonly UniqueFragmentNamesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var duplicates = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.ReportError(new ValidationError(context.Document.Source, "5.5.1.1", $"There can be only one fragment named '{group.Key}'.",
                    first.FragmentName.Name, duplicate.FragmentName.Name)
                {
                    Code = "UNIQUE_FRAGMENT_NAMES",
                });
            }
        }
        return new((INodeVisitor?)null);
    }
}
