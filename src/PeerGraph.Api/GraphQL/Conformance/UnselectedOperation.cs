using GraphQL.Execution;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// Stands for the operation a request could not select (none, several and no name, or no such name) while the
/// document is validated; never executed (see <see cref="OperationSelectionRule"/>). An empty query operation that is
/// not part of the document, so that no rule or variable coercion mistakes it for one of the request's.
/// </summary>
public sealed class UnselectedOperation(DocumentError selectionError) : GraphQLOperationDefinition(new GraphQLSelectionSet([]))
{
    public DocumentError SelectionError { get; } = selectionError;
}
