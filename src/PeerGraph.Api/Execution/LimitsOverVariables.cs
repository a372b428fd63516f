using GraphQLParser.AST;

namespace PeerGraph.Api.Execution;

/// <summary>
/// Whether the depth and complexity limits find the same for every request of one document and operation, whatever its
/// variables, so that a cached document that passed them once need not be walked by them again
/// (<see cref="DocumentCacheExecution"/>). The limits see a request's variables in two places only: <c>@skip</c> and
/// <c>@include</c> decide which fields count, and the complexity delegate reads some arguments
/// (<see cref="ComplexityLimits.ArgumentsReadByValue"/>, <see cref="ComplexityLimits.ArgumentsReadByPresence"/>).
/// The answer is conservative: a variable in any directive, in an argument read by value, or standing alone as an
/// argument read by presence while its type allows it to be left out, counts as a dependence, in every fragment of the
/// document, used or not.
/// </summary>
public static class LimitsOverVariables
{
    public static bool AreIndependent(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (operation.Variables is not { Items.Count: > 0 } variables)
        {
            return true;
        }
        var required = variables.Items
            .Where(v => v.Type is GraphQLNonNullType)
            .Select(v => v.Variable.Name.StringValue)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            var independent = definition switch
            {
                GraphQLOperationDefinition other => ReferenceEquals(other, operation) ? Independent(other.Directives) && Independent(other.SelectionSet, required) : true,
                GraphQLFragmentDefinition fragment => Independent(fragment.Directives) && Independent(fragment.SelectionSet, required),
                _ => true,
            };
            if (!independent)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Independent(GraphQLSelectionSet? selections, HashSet<string> required)
    {
        if (selections is null)
        {
            return true;
        }
        foreach (var selection in selections.Selections)
        {
            var independent = selection switch
            {
                GraphQLField field => Independent(field.Directives) && Independent(field.Arguments, required) && Independent(field.SelectionSet, required),
                GraphQLFragmentSpread spread => Independent(spread.Directives),
                GraphQLInlineFragment inline => Independent(inline.Directives) && Independent(inline.SelectionSet, required),
                _ => false,
            };
            if (!independent)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Independent(GraphQLDirectives? directives) =>
        directives is null || directives.Items.All(d => d.Arguments is null || d.Arguments.Items.All(a => !HoldsVariable(a.Value)));

    private static bool Independent(GraphQLArguments? arguments, HashSet<string> required)
    {
        if (arguments is null)
        {
            return true;
        }
        foreach (var argument in arguments.Items)
        {
            var name = argument.Name.StringValue;
            if (ComplexityLimits.ArgumentsReadByValue.Contains(name) && HoldsVariable(argument.Value))
            {
                return false;
            }
            // A literal list or object is there whatever its variables hold; a variable alone may be left out.
            if (ComplexityLimits.ArgumentsReadByPresence.Contains(name) && argument.Value is GraphQLVariable variable
                && !required.Contains(variable.Name.StringValue))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HoldsVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HoldsVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(f => HoldsVariable(f.Value)) == true,
        _ => false,
    };
}
