using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// Reports why no operation could be selected (GraphQL spec 6.1 GetOperation), after every other rule has passed:
/// GraphQL.NET calls the rules' <c>LeaveAsync</c> in reverse order, so this rule goes first in the list to leave the
/// document last. A request error like GraphQL.NET's own, without a location, with its code (NO_OPERATION,
/// NO_OPERATION_NAME, INVALID_OPERATION_NAME).
/// </summary>
public sealed class OperationSelectionRule : ValidationRuleBase
{
    public static readonly OperationSelectionRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLDocument>(leave: (_, context) =>
    {
        if (context.Operation is UnselectedOperation unselected && !context.HasErrors)
        {
            context.ReportError(new ValidationError(unselected.SelectionError.Message) { Code = unselected.SelectionError.Code });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
