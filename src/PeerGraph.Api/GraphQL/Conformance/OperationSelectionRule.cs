using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// Reports, after every other rule has passed, why the request has no operation to run: none could be selected
/// (GraphQL spec 6.1 GetOperation; a request error like GraphQL.NET's own, without a location, with its code
/// NO_OPERATION, NO_OPERATION_NAME or INVALID_OPERATION_NAME), or the selected one is of a type the schema has no root
/// for (a subscription here; at the operation, with graphql-js's message). GraphQL.NET's complexity rule threw on such
/// an operation, which the service answered as an internal error. GraphQL.NET calls the rules' <c>LeaveAsync</c> in
/// reverse order, so this rule goes first in the list to leave the document last.
/// </summary>
public sealed class OperationSelectionRule : ValidationRuleBase
{
    public static readonly OperationSelectionRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLDocument>(leave: (_, context) =>
    {
        if (context.HasErrors)
        {
            return;
        }
        if (context.Operation is UnselectedOperation unselected)
        {
            context.ReportError(new ValidationError(unselected.SelectionError.Message) { Code = unselected.SelectionError.Code });
        }
        else if (RootType(context.Schema, context.Operation.Operation) is null)
        {
            var type = context.Operation.Operation.ToString().ToLowerInvariant();
            context.ReportError(new ValidationError(context.Document.Source, null, $"Schema is not configured to execute {type} operation.", context.Operation)
            {
                Code = "OPERATION_TYPE_NOT_SUPPORTED",
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static IObjectGraphType? RootType(ISchema schema, OperationType type) => type switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };
}
