using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>
/// Stops validation once the request's time is up (<see cref="GraphQLLimitsOptions.RequestTimeout"/>): GraphQL.NET's
/// validator does not look at the cancellation token itself, and a large document can take seconds to validate.
/// </summary>
public sealed class TimeLimitRule : ValidationRuleBase, INodeVisitor
{
    public static TimeLimitRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        return default;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
}
