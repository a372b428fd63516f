using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>
/// The kind of operation a request selects, for the decisions taken before execution (a GET may not run a mutation;
/// mutations have their own rate limit). The document is parsed through the <see cref="DocumentCache"/>, so execution
/// does not parse it again.
/// </summary>
public sealed class RequestedOperations(DocumentCache cache, IDocumentBuilder documentBuilder)
{
    /// <summary>The selected operation's type, or null when the document cannot be parsed or names no such operation (execution reports why).</summary>
    public OperationType? KindOf(string query, string? operationName)
    {
        GraphQLDocument document;
        if (cache.Get(query, operationName) is { } cached)
        {
            document = cached.Document;
        }
        else
        {
            try
            {
                document = documentBuilder.Build(query);
            }
            catch (ExecutionError)
            {
                return null;
            }
            cache.Set(query, operationName, document, validated: false);
        }
        return OperationSelection.Select(document, operationName)?.Operation;
    }
}
