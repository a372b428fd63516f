using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.5.1.4 Fragments Must Be Used, by name as graphql-js has it: a fragment is used when an operation
/// spreads its name, directly or through other fragments. GraphQL.NET 8 compares definitions, so of two fragments
/// sharing a name (already an error of 5.5.1.1) the second was also reported unused; and it reported nothing when
/// the document has no operation, where graphql-js reports every fragment.
/// </summary>
public sealed class NoUnusedFragmentsRule : ValidationRuleBase
{
    public static readonly NoUnusedFragmentsRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLDocument>(leave: (document, context) =>
    {
        var used = document.Definitions.OfType<GraphQLOperationDefinition>()
            .SelectMany(operation => context.GetRecursivelyReferencedFragments(operation) ?? [])
            .Select(fragment => fragment.FragmentName.Name.StringValue)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>().Where(f => !used.Contains(f.FragmentName.Name.StringValue)))
        {
            context.ReportError(new ValidationError(context.Document.Source, "5.5.1.4", $"Fragment '{fragment.FragmentName.Name.StringValue}' is never used.", fragment)
            {
                Code = "NO_UNUSED_FRAGMENTS",
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
