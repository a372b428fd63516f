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
        // The type each variable inside a list literal must have. GraphQL.NET's TypeInfo gives a list literal's items
        // the list's named type, without its wrappers, so `[$a]` for an [ID!]! argument looked like a place for ID.
        private readonly Dictionary<GraphQLVariable, IGraphType?> _listItemTypes = new(ReferenceEqualityComparer.Instance);

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLArgument argument)
            {
                Walk(argument.Value, context.TypeInfo.GetArgument()?.ResolvedType, inList: false);
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            // At the end of the document, when every fragment an operation spreads has been walked.
            if (node is GraphQLDocument document)
            {
                foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
                {
                    Check(operation, context);
                }
            }
            return default;
        }

        private void Walk(GraphQLValue value, IGraphType? type, bool inList)
        {
            switch (value)
            {
                case GraphQLVariable variable when inList:
                    _listItemTypes[variable] = type;
                    break;
                case GraphQLListValue list:
                    var listType = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
                    var itemType = listType is ListGraphType listOf ? listOf.ResolvedType : listType;
                    foreach (var item in list.Values ?? [])
                    {
                        Walk(item, itemType, inList: true);
                    }
                    break;
                case GraphQLObjectValue objectValue:
                    var inputType = (type is NonNullGraphType nonNullInput ? nonNullInput.ResolvedType : type) as IInputObjectGraphType;
                    foreach (var field in objectValue.Fields ?? [])
                    {
                        Walk(field.Value, inputType?.GetField(field.Name)?.ResolvedType, inList);
                    }
                    break;
            }
        }

        private void Check(GraphQLOperationDefinition operation, ValidationContext context)
        {
            var definitions = (operation.Variables?.Items ?? []).GroupBy(v => v.Variable.Name.StringValue).ToDictionary(g => g.Key, g => g.First()); // duplicates: UniqueVariableNames reports them
            foreach (var usage in context.GetRecursiveVariables(operation) ?? [])
            {
                var usageType = _listItemTypes.TryGetValue(usage.Node, out var itemType) ? itemType : usage.Type;
                if (usageType is null || !definitions.TryGetValue(usage.Node.Name.StringValue, out var definition))
                {
                    continue; // unknown location type or undefined variable: other rules report those
                }
                var variableType = Resolve(context.Schema, definition.Type);
                if (variableType is null)
                {
                    continue; // unknown type: reported by KnownTypeNames / VariablesAreInputTypes
                }
                var locationType = usageType;
                var hasDefault = (definition.DefaultValue is not null and not GraphQLNullValue) || usage.HasDefault;
                if (locationType is NonNullGraphType && variableType is not NonNullGraphType && hasDefault)
                {
                    locationType = ((NonNullGraphType)locationType).ResolvedType!;
                }
                if (!Compatible(variableType, locationType))
                {
                    context.ReportError(new ValidationError(context.Document.Source, "5.8.5",
                        $"Variable '${definition.Variable.Name.StringValue}' of type '{Syntax.Print(definition.Type)}' used in position expecting type '{locationType}'.",
                        definition, usage.Node)
                    {
                        Code = "VARIABLES_IN_ALLOWED_POSITION",
                    });
                }
            }
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
}
