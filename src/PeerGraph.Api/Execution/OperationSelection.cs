using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>The GraphQL spec's GetOperation (6.1): the operation a request names, or the only one when it names none.</summary>
public static class OperationSelection
{
    public static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Take(2).Count() == 1 ? operations.First() : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
