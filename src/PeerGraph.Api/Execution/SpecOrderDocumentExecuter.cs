using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using PeerGraph.Api.GraphQL.Conformance;

namespace PeerGraph.Api.Execution;

/// <summary>
/// GraphQL.NET's executer with the steps in the spec's order: a document is validated before its operation is
/// selected (GraphQL spec 6.1 and GraphQL over HTTP). GraphQL.NET 8 selects first, so a document with two anonymous
/// operations, two operations of one name or no operation at all failed as a request error without a location, before
/// LoneAnonymousOperation (5.2.2.1), UniqueOperationNames (5.2.1.1) or ExecutableDefinitions (5.1.1) could point at
/// the fault. Here a failed selection yields an <see cref="UnselectedOperation"/> that only validation sees:
/// <see cref="OperationSelectionRule"/> reports the selection error once every other rule has passed, so nothing is
/// executed either way. A document without any definition is a syntax error at its end, as in graphql-js (GraphQLParser
/// accepts it and GraphQL.NET answered "no operations" without a location).
/// </summary>
public sealed class SpecOrderDocumentExecuter(
    IDocumentBuilder documentBuilder,
    IDocumentValidator documentValidator,
    IExecutionStrategySelector executionStrategySelector,
    IEnumerable<IConfigureExecution> configurations)
    : DocumentExecuter(documentBuilder, documentValidator, executionStrategySelector, configurations)
{
    protected override GraphQLOperationDefinition GetOperation(string? operationName, GraphQLDocument document)
    {
        if (document.Definitions.Count == 0)
        {
            throw new EndOfDocumentError(document.Source.Span);
        }
        try
        {
            return base.GetOperation(operationName, document);
        }
        catch (DocumentError error) when (error is NoOperationError or NoOperationNameError or InvalidOperationNameError)
        {
            return new UnselectedOperation(error);
        }
    }

    /// <summary>
    /// A document with nothing but whitespace and comments: a syntax error at its end, located as graphql-js does
    /// (after a final line break, on the next line; GraphQLParser's EOF location stays on the last line).
    /// </summary>
    private sealed class EndOfDocumentError : DocumentError
    {
        public EndOfDocumentError(ReadOnlySpan<char> source)
            : base("Error parsing query: Unexpected <EOF>")
        {
            Code = "SYNTAX_ERROR";
            var (line, column) = (1, 1);
            for (var i = 0; i < source.Length; i++)
            {
                var lineBreak = source[i] == '\n' || (source[i] == '\r' && (i + 1 == source.Length || source[i + 1] != '\n'));
                (line, column) = lineBreak ? (line + 1, 1) : (line, column + 1);
            }
            AddLocation(new Location(line, column));
        }
    }
}
