using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL spec 5.6.1 Values of Correct Type, 5.6.2 Input Object Field Names and 5.6.4 Input Object Required Fields,
/// for the literal values of field and directive arguments. GraphQL.NET 8's ArgumentsOfCorrectType finds the same
/// faults but reports them all at the argument, as one error; graphql-js reports each at the value that is wrong (the
/// innermost one inside lists and input objects, the unknown field itself, the object that lacks a required field),
/// and so does this rule. Whether a literal fits a scalar or enum is still GraphQL.NET's own
/// <see cref="ScalarGraphType.CanParseLiteral"/>, so custom scalars keep their parsing. Variables are left to the
/// variable rules (5.8). The error code stays GraphQL.NET's, ARGUMENTS_OF_CORRECT_TYPE.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRuleBase
{
    public static readonly ValuesOfCorrectTypeRule Instance = new();

    private const string Code = "ARGUMENTS_OF_CORRECT_TYPE";

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLArgument>((argument, context) =>
    {
        if (context.TypeInfo.GetArgument()?.ResolvedType is { } type)
        {
            Check(type, argument.Value, context);
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static void Check(IGraphType type, GraphQLValue value, ValidationContext context)
    {
        if (value is GraphQLVariable)
        {
            return;
        }
        if (type is NonNullGraphType nonNull)
        {
            if (value is GraphQLNullValue)
            {
                Report(context, "5.6.1", $"Expected value of type '{type}', found null.", value);
                return;
            }
            Check(nonNull.ResolvedType!, value, context);
            return;
        }
        if (value is GraphQLNullValue)
        {
            return;
        }
        switch (type)
        {
            case ListGraphType list when value is GraphQLListValue items:
                foreach (var item in items.Values ?? [])
                {
                    Check(list.ResolvedType!, item, context);
                }
                break;
            case ListGraphType list:
                Check(list.ResolvedType!, value, context); // one value where a list is expected is a list of one (input coercion, 3.11)
                break;
            case IInputObjectGraphType input when value is GraphQLObjectValue objectValue:
                CheckObject(input, objectValue, context);
                break;
            case IInputObjectGraphType:
                Report(context, "5.6.1", $"Expected value of type '{type}', found {Syntax.Print(value)}.", value);
                break;
            case EnumerationGraphType enumeration when !enumeration.CanParseLiteral(value):
                Report(context, "5.6.1", value is GraphQLEnumValue
                    ? $"Value '{Syntax.Print(value)}' does not exist in '{type}' enum."
                    : $"Enum '{type}' cannot represent non-enum value: {Syntax.Print(value)}.", value);
                break;
            case ScalarGraphType scalar when !scalar.CanParseLiteral(value):
                Report(context, "5.6.1", $"Expected value of type '{type}', found {Syntax.Print(value)}.", value);
                break;
        }
    }

    private static void CheckObject(IInputObjectGraphType input, GraphQLObjectValue value, ValidationContext context)
    {
        foreach (var field in value.Fields ?? [])
        {
            if (input.GetField(field.Name) is { } definition)
            {
                Check(definition.ResolvedType!, field.Value, context);
            }
            else
            {
                Report(context, "5.6.2", $"Field '{field.Name.StringValue}' is not defined by type '{input.Name}'.", field);
            }
        }
        foreach (var definition in input.Fields)
        {
            var given = value.Fields?.Any(f => f.Name == definition.Name) == true;
            if (!given && definition.ResolvedType is NonNullGraphType && definition.DefaultValue is null)
            {
                Report(context, "5.6.4", $"Field '{input.Name}.{definition.Name}' of required type '{definition.ResolvedType}' was not provided.", value);
            }
        }
    }

    private static void Report(ValidationContext context, string number, string message, ASTNode node) =>
        context.ReportError(new ValidationError(context.Document.Source, number, message, node) { Code = Code });
}
