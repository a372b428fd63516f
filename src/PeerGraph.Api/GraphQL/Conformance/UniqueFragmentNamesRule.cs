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
        DuplicateNames.Report(context, context.Document.Definitions.OfType<GraphQLFragmentDefinition>(), f => f.FragmentName.Name,
            "5.5.1.1", "UNIQUE_FRAGMENT_NAMES", name => $"There can be only one fragment named '{name}'.");
        return new((INodeVisitor?)null);
    }
}
