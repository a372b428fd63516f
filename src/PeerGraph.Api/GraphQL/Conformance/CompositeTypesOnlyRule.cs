using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// Runs a GraphQL.NET rule only on fields and fragments whose types are composite (object, interface, union).
/// graphql-js's TypeInfo has no parent type inside the selection set of a scalar, enum or input type, or inside a
/// fragment on one, so its FieldsOnCorrectType (5.3.1) and PossibleFragmentSpreads (5.5.2.3) skip those nodes and the
/// one error is ScalarLeafs' (5.3.3) or FragmentsOnCompositeTypes' (5.5.1.3). GraphQL.NET 8 keeps the scalar as the
/// parent type, so its rules also reported every field inside (`{ stats { studies { x } } }` gave two errors) and the
/// spread of such a fragment. Both wrapped rules act on entering a node; leaving is passed on unchanged.
/// </summary>
public sealed class CompositeTypesOnlyRule(IValidationRule inner) : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        await inner.GetPreNodeVisitorAsync(context) is { } visitor ? new Visitor(visitor) : null;

    private sealed class Visitor(INodeVisitor inner) : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context) => Applies(node, context) ? inner.EnterAsync(node, context) : default;

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => inner.LeaveAsync(node, context);
    }

    private static bool Applies(ASTNode node, ValidationContext context) => node switch
    {
        GraphQLField or GraphQLFragmentSpread or GraphQLInlineFragment when !IsComposite(context.TypeInfo.GetParentType()) => false,
        GraphQLFragmentSpread spread => IsComposite(context.Document.FindFragmentDefinition(spread.FragmentName.Name)?.TypeCondition.Type.Name.StringValue, context.Schema),
        GraphQLInlineFragment inline => inline.TypeCondition is null || IsComposite(inline.TypeCondition.Type.Name.StringValue, context.Schema),
        _ => true,
    };

    private static bool IsComposite(string? typeName, ISchema schema) => typeName is not null && IsComposite(schema.AllTypes[typeName]);

    private static bool IsComposite(IGraphType? type) => type?.GetNamedType() is IObjectGraphType or IInterfaceGraphType or UnionGraphType;
}
