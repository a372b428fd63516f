using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.6.3 Input Object Field Uniqueness. GraphQL.NET 8 reports two fields of one name at their values;
/// graphql-js at their names. GraphQL.NET's rule also checks @oneOf input objects (exactly one field, not null): kept
/// here, though the contract has none.
/// </summary>
public sealed class UniqueInputFieldNamesRule : ValidationRuleBase
{
    public static readonly UniqueInputFieldNamesRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLObjectValue>((value, context) =>
    {
        var fields = value.Fields ?? [];
        DuplicateNames.Report(context, fields, f => f.Name, "5.6.3", "UNIQUE_INPUT_FIELD_NAMES", name => $"There can be only one input field named '{name}'.");
        if (context.TypeInfo.GetInputType()?.GetNamedType() is IInputObjectGraphType { IsOneOf: true } oneOf
            && (fields.Count != 1 || fields[0].Value is GraphQLNullValue))
        {
            context.ReportError(new ValidationError(context.Document.Source, "5.6.1", $"Exactly one field of '{oneOf.Name}' must be given, and not null.", value)
            {
                Code = "ONE_OF_INPUT_VALUES",
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
