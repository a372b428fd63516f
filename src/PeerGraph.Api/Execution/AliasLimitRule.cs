using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>Refuses a document with more aliases than <see cref="GraphQLLimitsOptions.MaxAliases"/>, pointing at the first alias over the limit.</summary>
public sealed class AliasLimitRule(int maxAliases) : ValidationRuleBase
{
    public const string Code = "TOO_MANY_ALIASES";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor(maxAliases));

    private sealed class Visitor(int maxAliases) : INodeVisitor
    {
        private int _count;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLField { Alias: not null } && ++_count == maxAliases + 1)
            {
                context.ReportError(new ValidationError(context.Document.Source, Code,
                    $"The document has more than {maxAliases} aliases, the most this endpoint accepts (PeerGraph:GraphQL:MaxAliases).", node)
                {
                    Code = Code,
                });
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
