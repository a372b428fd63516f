using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.8.5 All Variable Usages Are Allowed, with the full type comparison of the spec's
/// AreTypesCompatible. Replaces GraphQL.NET 8's rule, which compares the wrapper types by name, so that
/// <c>query($w: Boolean!) { study(id: $w) { id } }</c> validated, and a nullable variable passed as the item of a list
/// of non-null items was accepted.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRuleBase
{
    public static readonly VariablesInAllowedPositionRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context) => default;

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is not GraphQLOperationDefinition operation)
            {
                return default;
            }
            var definitions = (operation.Variables?.Items ?? []).GroupBy(v => v.Variable.Name.StringValue).ToDictionary(g => g.Key, g => g.First()); // duplicates: UniqueVariableNames reports them
            foreach (var usage in context.GetRecursiveVariables(operation) ?? [])
            {
                if (usage.Type is null || !definitions.TryGetValue(usage.Node.Name.StringValue, out var definition))
                {
                    continue; // unknown location type or undefined variable: other rules report those
                }
                var variableType = Resolve(context.Schema, definition.Type);
                if (variableType is null)
                {
                    continue; // unknown type: reported by KnownTypeNames / VariablesAreInputTypes
                }
                var locationType = usage.Type;
                var hasDefault = (definition.DefaultValue is not null and not GraphQLNullValue) || usage.HasDefault;
                if (locationType is NonNullGraphType && variableType is not NonNullGraphType && hasDefault)
                {
                    locationType = ((NonNullGraphType)locationType).ResolvedType!;
                }
                if (!Compatible(variableType, locationType))
                {
                    context.ReportError(new ValidationError(context.Document.Source, "5.8.5",
                        $"Variable '${definition.Variable.Name.StringValue}' of type '{Print(definition.Type)}' used in position expecting type '{locationType}'.",
                        definition, usage.Node)
                    {
                        Code = "VARIABLES_IN_ALLOWED_POSITION",
                    });
                }
            }
            return default;
        }
    }

    private static bool Compatible(IGraphType variableType, IGraphType locationType) => (variableType, locationType) switch
    {
        (NonNullGraphType v, NonNullGraphType l) => Compatible(v.ResolvedType!, l.ResolvedType!),
        (_, NonNullGraphType) => false,
        (NonNullGraphType v, _) => Compatible(v.ResolvedType!, locationType),
        (ListGraphType v, ListGraphType l) => Compatible(v.ResolvedType!, l.ResolvedType!),
        (_, ListGraphType) => false,
        (ListGraphType, _) => false,
        _ => variableType.Name == locationType.Name,
    };

    private static IGraphType? Resolve(ISchema schema, GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Resolve(schema, n.Type) is { } inner ? new NonNullGraphType(inner) : null,
        GraphQLListType l => Resolve(schema, l.Type) is { } inner ? new ListGraphType(inner) : null,
        GraphQLNamedType named => schema.AllTypes[named.Name.StringValue],
        _ => null,
    };

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Print(n.Type) + "!",
        GraphQLListType l => "[" + Print(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => "?",
    };
}
