using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.1.1 Executable Definitions: a request document holds only operations and fragments. GraphQL.NET 8
/// has no such rule and silently ignores `type X { a: Int }` in a request; graphql-js refuses it, and so do we.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRuleBase
{
    public static readonly ExecutableDefinitionsRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLDocument document)
            {
                foreach (var definition in document.Definitions.Where(d => d is not (GraphQLOperationDefinition or GraphQLFragmentDefinition)))
                {
                    var name = (definition as INamedNode)?.Name?.StringValue ?? (definition is GraphQLSchemaDefinition or GraphQLSchemaExtension ? "schema" : definition.Kind.ToString());
                    context.ReportError(new ValidationError(context.Document.Source, "5.1.1", $"The \"{name}\" definition is not executable.", definition)
                    {
                        Code = "EXECUTABLE_DEFINITIONS",
                    });
                }
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
