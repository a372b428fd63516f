using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.5.2.1 Fragment Spread Target Defined. GraphQL.NET 8 reports an unknown fragment at the spread's
/// <c>...</c>; graphql-js, like the other name rules, at the fragment's name, which is what is wrong.
/// </summary>
public sealed class KnownFragmentNamesRule : ValidationRuleBase
{
    public static readonly KnownFragmentNamesRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLFragmentSpread>((spread, context) =>
    {
        if (context.Document.FindFragmentDefinition(spread.FragmentName.Name) is null)
        {
            context.ReportError(new ValidationError(context.Document.Source, "5.5.2.1", $"Unknown fragment '{spread.FragmentName.Name.StringValue}'.", spread.FragmentName.Name)
            {
                Code = "KNOWN_FRAGMENT_NAMES",
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
